using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Stage;

public sealed class SpeakerTests
{
    [Fact]
    public void A_pronoun_resolves_to_the_previous_sentence_s_subject()
    {
        var a = Analyzed.Text(
            "National Security Council spokeswoman Adrienne Watson addressed the intel.\n\n" +
            "“We urge them to cease the arms negotiations,” she said in a statement.");

        var quote = a.Quote("We urge");
        Assert.Equal("Adrienne Watson", quote.SpeakerText);
        Assert.Equal("in a statement", quote.Medium);
    }

    [Fact]
    public void A_pronoun_skips_names_inside_the_quote()
    {
        var a = Analyzed.Text(
            "Sonya A. Zoghlin, the defendant's attorney, spoke to reporters.\n\n" +
            "“Pat Carlineo is passionate about his political beliefs,” she said in an email.");

        Assert.Equal("Sonya A. Zoghlin", a.Quote("Pat Carlineo").SpeakerText);
    }

    [Fact]
    public void A_surname_expands_to_the_earlier_full_name()
    {
        var a = Analyzed.Text(
            "Secretary of State Mike Pompeo announced the decision on Monday.\n\n" +
            "\"This is an important step toward peace in the region,\" Pompeo said.");

        Assert.Equal("Mike Pompeo", a.Quote("This is an important").SpeakerText);
    }

    [Fact]
    public void A_role_resolves_to_the_person_given_it()
    {
        var a = Analyzed.Text(
            "White House spokesman John Kirby briefed reporters on Monday.\n\n" +
            "\"We have seen the letters and we are watching closely,\" the spokesman said.");

        Assert.Equal("John Kirby", a.Quote("We have seen").SpeakerText);
    }

    [Fact]
    public void An_unnamed_official_is_kept_as_a_description_with_its_kind()
    {
        var a = Analyzed.Text("\"The talks will resume next week in Geneva,\" a senior official said.");

        var quote = a.Quote("The talks will resume");
        Assert.Equal("a senior official", quote.SpeakerText);
        Assert.Equal("unnamed-official", quote.SpeakerKind);
    }

    [Fact]
    public void An_unnamed_spokesperson_is_recorded_as_their_organisation()
    {
        var a = Analyzed.Text("A spokesperson for the British Foreign Office said settlements \"are illegal under international law and an obstacle to peace\".");

        var quote = a.Quote("are illegal");
        Assert.Equal("British Foreign Office", quote.SpeakerText);
        Assert.Equal("spokesperson", quote.SpeakerKind);
    }

    [Fact]
    public void A_speaker_takes_the_entity_whose_mention_overlaps_it()
    {
        const string text = "\"We will not accept attempts to assert unlawful claims,\" Esper said.";
        int start = text.IndexOf("Esper", StringComparison.Ordinal);
        var esper = new Entity
        {
            Id = "e1",
            Type = EntityType.Person,
            Name = "Mark Esper",
            Mentions = [new EntityMention(start, start + 5)],
        };

        var a = Analyzed.Text(text, ImmutableArray.Create(esper));

        var quote = a.Quote("We will not accept");
        Assert.Equal("e1", quote.SpeakerEntity);
        Assert.Equal("Mark Esper", quote.SpeakerText);
    }

    [Fact]
    public void An_entity_that_only_modifies_the_speaker_phrase_is_not_the_speaker()
    {
        const string text = "The Russian foreign ministry said the decision would heighten tensions in the region.";
        int russian = text.IndexOf("Russian", StringComparison.Ordinal);
        ImmutableArray<Entity> entities = [new Entity { Id = "e1", Type = EntityType.Gpe, Name = "Russia", Mentions = [new EntityMention(russian, russian + 7)] }];

        var quote = Analyzed.Text(text, entities).Quote("the decision");

        Assert.Null(quote.SpeakerEntity);
        Assert.Contains("foreign ministry", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_whose_mention_is_the_speaker_phrase_is_the_speaker()
    {
        const string text = "Secretary of State Mike Pompeo said the settlements were not inconsistent with international law.";
        int mike = text.IndexOf("Mike", StringComparison.Ordinal);
        ImmutableArray<Entity> entities = [new Entity { Id = "e1", Type = EntityType.Person, Name = "Mike Pompeo", Mentions = [new EntityMention(mike, mike + 11)] }];

        var quote = Analyzed.Text(text, entities).Quote("the settlements");

        Assert.Equal("e1", quote.SpeakerEntity);
        Assert.Equal("Mike Pompeo", quote.SpeakerText);
    }

    [Fact]
    public void An_unnamed_spokesperson_keeps_their_kind_when_their_organisation_is_an_entity()
    {
        const string text = "A spokesperson for the British Foreign Office said the embassy remained open.";
        int office = text.IndexOf("British", StringComparison.Ordinal);
        ImmutableArray<Entity> entities = [new Entity { Id = "e1", Type = EntityType.Org, Name = "British Foreign Office", Mentions = [new EntityMention(office, office + 22)] }];

        var quote = Analyzed.Text(text, entities).Quote("the embassy");

        Assert.Equal("e1", quote.SpeakerEntity);
        Assert.Equal(SpeakerKinds.Spokesperson, quote.SpeakerKind);
    }
}
