using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>Actors named only by a description ("protesters", "Afghan police") become AGENT entities, only when an event points at them.</summary>
public sealed class AgentActorTests
{
    [Fact]
    public void A_described_group_is_the_source_as_an_agent_with_its_sector()
    {
        var docs = new TestDocuments("Protesters attacked the offices of Acme Corp on Monday.")
            .Entity("Acme Corp", EntityType.Org);

        var (events, agents) = docs.EventsWithAgents();

        var attack = Assert.Single(events);
        var agent = Assert.Single(agents);
        Assert.Equal([agent.Id], attack.Source.ToArray());
        Assert.Equal(EntityType.Agent, agent.Type);
        Assert.Equal("Protesters", agent.Name);
        Assert.Equal("OPP", agent.Sector);
        Assert.Equal("agent:OPP", agent.Key);
    }

    [Fact]
    public void A_nationality_before_the_description_gives_its_country_and_belongs_to_its_name()
    {
        var docs = new TestDocuments("Afghan police arrested Ahmed Wali in Kabul on Sunday.")
            .EntityOf("AF", "Afghan", EntityType.Norp)
            .Entity("Ahmed Wali", EntityType.Person)
            .EntityOf("AF", "Kabul", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        var arrest = Assert.Single(events);
        var police = Assert.Single(agents);
        Assert.Equal("Afghan police", police.Name);
        Assert.Equal("AF", police.Country);
        Assert.Equal("agent:AF-COP", police.Key);
        Assert.Equal([police.Id], arrest.Source.ToArray());
    }

    [Fact]
    public void A_nationalitys_troops_act_for_its_country()
    {
        var docs = new TestDocuments("Russian troops attacked the town of Kobani on Monday. Russia denied it.")
            .EntityOf("RU", "Russian", EntityType.Norp)
            .EntityOf("RU", "Russia", EntityType.Gpe)
            .Entity("Kobani", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
        Assert.Equal("Russia", TestDocuments.NameOf(docs.Build(), Assert.Single(events.Single("ASSAULT").Source)));
    }

    [Fact]
    public void A_described_target_is_an_agent_and_modifiers_belong_to_it()
    {
        var docs = new TestDocuments("Senator John Smith criticised Republican lawmakers over the budget.")
            .Entity("John Smith", EntityType.Person);

        var (events, agents) = docs.EventsWithAgents();

        var accuse = events.Single("ACCUSE");
        var lawmakers = Assert.Single(agents);
        Assert.Equal("Republican lawmakers", lawmakers.Name);
        Assert.Equal("LEG", lawmakers.Sector);
        Assert.Equal([lawmakers.Id], accuse.Target.ToArray());
    }

    [Fact]
    public void The_report_lists_agents_after_the_named_entities_with_type_AGENT()
    {
        var document = new TestDocuments("Gunmen abducted Kevin King in Kabul on Monday.")
            .Entity("Kevin King", EntityType.Person)
            .EntityOf("AF", "Kabul", EntityType.Gpe)
            .Build();
        new EventStage().Run(document, CancellationToken.None);

        var report = Newsgraph.Core.Report.ReportBuilder.Build(document, []);

        Assert.Equal(["PERSON", "GPE", "AGENT"], report.Entities.Select(e => e.Type).ToArray());
        var gunmen = report.Entities[^1];
        Assert.Equal("Gunmen", gunmen.Name);
        Assert.Equal("agent:UAF", gunmen.Key);
        Assert.Equal([gunmen.Id], Assert.Single(report.Events).Source.ToArray());
    }

    [Fact]
    public void A_title_before_a_name_is_not_an_agent()
    {
        var docs = new TestDocuments("Judge Reed O'Connor sentenced Michael Webb to life in prison.")
            .Entity("Reed O'Connor", EntityType.Person)
            .Entity("Michael Webb", EntityType.Person);

        var (events, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
        Assert.Contains(events, e => e.Source.Length == 1 && TestDocuments.NameOf(docs.Build(), e.Source[0]) == "Reed O'Connor");
    }

    [Fact]
    public void A_description_no_event_points_at_is_not_an_entity()
    {
        var docs = new TestDocuments("Students returned to school on Monday. Turkey condemned Syria for the bombing.")
            .Entity("Turkey", EntityType.Gpe).Entity("Syria", EntityType.Gpe);

        var (_, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
    }

    [Fact]
    public void A_nationalitys_government_stays_the_country_not_an_agent()
    {
        var docs = new TestDocuments("Hours earlier the Afghan government freed three Taliban prisoners in Afghanistan.")
            .EntityOf("AF", "Afghan", EntityType.Norp)
            .Entity("Taliban", EntityType.Org)
            .EntityOf("AF", "Afghanistan", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
        Assert.Equal("Afghanistan", TestDocuments.NameOf(docs.Build(), Assert.Single(Assert.Single(events).Source)));
    }

    [Fact]
    public void A_named_actor_is_not_hidden_by_a_description_inside_its_name()
    {
        var docs = new TestDocuments("The Afghan National Police arrested Ahmed Wali.")
            .Entity("Afghan National Police", EntityType.Org)
            .Entity("Ahmed Wali", EntityType.Person);

        var (events, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
        Assert.Equal("Afghan National Police", TestDocuments.NameOf(docs.Build(), Assert.Single(Assert.Single(events).Source)));
    }

    [Fact]
    public void A_description_after_a_copula_is_a_predicate_not_the_subject()
    {
        var docs = new TestDocuments("Vietnam is one of the region's most vocal critics of China's claims and has accused Beijing of encroaching.")
            .EntityOf("VN", "Vietnam", EntityType.Gpe)
            .EntityOf("CN", "China", EntityType.Gpe, "China", "Beijing");

        var (events, agents) = docs.EventsWithAgents();

        Assert.Empty(agents);
        Assert.Equal("Vietnam", TestDocuments.NameOf(docs.Build(), Assert.Single(events.Single("ACCUSE").Source)));
    }

    [Fact]
    public void An_unnamed_man_is_not_an_agent_news_names_the_adults_it_reports_on()
    {
        var docs = new TestDocuments("The man who kidnapped the girl, Michael Webb, was sentenced on Friday.")
            .Entity("Michael Webb", EntityType.Person);

        var (_, agents) = docs.EventsWithAgents();

        Assert.DoesNotContain(agents, a => a.Name.Contains("man", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Them_is_the_group_described_just_before()
    {
        var docs = new TestDocuments("Hundreds of students barricaded themselves on campus. The Hong Kong police threatened to use live ammunition on them.")
            .EntityOf("HK", "Hong Kong", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        var threat = events.Single("THREATEN");
        var students = Assert.Single(agents, a => a.Name == "students");
        Assert.Equal([students.Id], threat.Target.ToArray());
        Assert.Equal("Hong Kong police", Assert.Single(agents, a => a.Id == Assert.Single(threat.Source)).Name);
    }

    [Theory]
    [InlineData("gunman", "gunmen")]
    [InlineData("jury", "juries")]
    [InlineData("protester", "protesters")]
    [InlineData("police", "polices")]
    public void Plurals_are_generated_for_the_agent_nouns(string singular, string plural) =>
        Assert.Equal(plural, Newsgraph.Events.Actors.AgentNouns.Plural(singular));

    [Fact]
    public void A_text_of_nothing_but_agent_nouns_stays_bounded()
    {
        string text = string.Concat(Enumerable.Repeat("police arrested protesters. ", 5_000));
        var docs = new TestDocuments(text);

        var (events, agents) = docs.EventsWithAgents();

        Assert.True(events.Length <= 10);
        Assert.True(agents.Length <= 2);
    }
}
