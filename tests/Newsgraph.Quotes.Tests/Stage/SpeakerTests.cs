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
}
