using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>Actors read across sentences (ActorFinder.Discourse.cs, AgentFinder's definite re-mention), on invented sentences.</summary>
public sealed class DiscourseActorTests
{
    private static TestDocuments Hostages(string text) =>
        new TestDocuments(text)
            .Entity("Ruritania", EntityType.Gpe)
            .EntityOf("CA", "Canadian", EntityType.Norp)
            .EntityOf("NO", "Norwegian", EntityType.Norp)
            .Entity("Ann Lee", EntityType.Person)
            .Entity("Bo Park", EntityType.Person);

    [Theory]
    [InlineData("Ruritania freed two hostages on Tuesday. Canadian Ann Lee and Norwegian Bo Park, both engineers, were flown home.")]
    [InlineData("Ruritania freed both hostages on Tuesday. The rebels had held them for a year. Ann Lee and Bo Park were flown home.")]
    public void A_counted_group_is_the_people_a_following_sentence_opens_with(string text)
    {
        var docs = Hostages(text);

        var release = docs.Events().Single("RETREAT");

        Assert.Equal("Ruritania", release.Source.Names(docs));
        Assert.Equal(["Ann Lee", "Bo Park"], release.Target.Select(id => TestDocuments.NameOf(docs.Build(), id)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ruritania freed three hostages on Tuesday. Canadian Ann Lee and Norwegian Bo Park, both engineers, were flown home.")]
    [InlineData("Ruritania freed the hostages on Tuesday. Canadian Ann Lee and Norwegian Bo Park, both engineers, were flown home.")]
    [InlineData("Ruritania freed two hostages on Tuesday. The next day Ann Lee and Bo Park were flown home.")]
    public void Without_a_count_the_names_meet_at_the_opening_the_group_stays_described(string text)
    {
        var (events, agents) = Hostages(text).EventsWithAgents();

        var release = events.Single("RETREAT");

        var hostages = Assert.Single(agents);
        Assert.Equal([hostages.Id], release.Target.ToArray());
    }

    [Fact]
    public void A_bare_definite_description_is_the_earlier_description_with_its_head()
    {
        var docs = new TestDocuments("Gunmen abducted a teenage Springfield girl on Monday. Police rescued the girl on Tuesday.")
            .EntityOf("US", "Springfield", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        var abduction = events.Single("ASSAULT");
        var rescue = events.Single("AID");
        Assert.Equal(abduction.Target.ToArray(), rescue.Target.ToArray());
        var girl = Assert.Single(agents, a => a.Id == rescue.Target[0]);
        Assert.Equal("Springfield girl", girl.Name);
        Assert.Equal(2, girl.Mentions.Length);
    }

    [Fact]
    public void A_modified_description_is_another_agent()
    {
        var docs = new TestDocuments("Gunmen abducted a teenage Springfield girl on Monday. Police rescued a teenage Shelbyville girl on Tuesday.")
            .EntityOf("US", "Springfield", EntityType.Gpe)
            .EntityOf("US", "Shelbyville", EntityType.Gpe);

        var events = docs.Events();

        Assert.NotEqual(events.Single("ASSAULT").Target.ToArray(), events.Single("AID").Target.ToArray());
    }
}
