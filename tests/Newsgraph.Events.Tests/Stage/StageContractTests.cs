using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

public sealed class StageContractTests
{
    [Fact]
    public void Stage_requires_only_tokens_and_sentences_and_produces_events_and_their_described_actors()
    {
        var stage = new EventStage();

        Assert.Equal("events.v1", stage.Info.Id);
        Assert.Equal([LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name], stage.Requires);
        Assert.Equal([EventLayers.Events.Name, EventLayers.Agents.Name], stage.Produces);
    }

    [Fact]
    public void A_document_without_tokens_gets_an_empty_layer()
    {
        var document = new Document("Der Angriff wurde gestern verurteilt.", new SourceInfo("test:", "text/plain", 10, string.Empty));
        document.Add(LanguageLayers.Tokens, ImmutableArray<Token>.Empty);
        document.Add(LanguageLayers.Sentences, ImmutableArray<Sentence>.Empty);

        new EventStage().Run(document, CancellationToken.None);

        Assert.Empty(document.Get(EventLayers.Events));
    }

    [Fact]
    public void Events_are_in_text_order_with_ids_v1_v2_and_spans_inside_their_sentence()
    {
        var docs = new TestDocuments("Rebels attacked the town of Kobani on Monday. Turkey arrested their leader Ahmed Ali. Turkey condemned the attack.")
            .Entity("Kobani", EntityType.Gpe).Entity("Ahmed Ali", EntityType.Person).Entity("Turkey", EntityType.Gpe);
        var document = docs.Build();

        new EventStage().Run(document, CancellationToken.None);
        var events = document.Get(EventLayers.Events);

        Assert.NotEmpty(events);
        Assert.Equal(events.Select((_, i) => "v" + (i + 1)), events.Select(e => e.Id));
        Assert.Equal(events.OrderBy(e => e.Trigger.Start).Select(e => e.Id), events.Select(e => e.Id));
        Assert.All(events, e => Assert.True(e.Sentence.Start <= e.Trigger.Start && e.Trigger.End <= e.Sentence.End));
        Assert.Contains(events, e => e.Type == "COERCE" && e.Target.Contains("e2"));
    }

    [Fact]
    public void Ambiguous_strike_is_typed_by_its_context()
    {
        var walkout = new TestDocuments("Thousands of teachers went on strike on Monday, demanding higher pay from the government.").Events(withEntities: false);
        var attack = new TestDocuments("An Israeli air strike killed five militants in Gaza overnight, the army said.").Events(withEntities: false);

        Assert.Contains(walkout, e => e.Type == "PROTEST");
        Assert.DoesNotContain(attack, e => e.Type == "PROTEST");
    }
}
