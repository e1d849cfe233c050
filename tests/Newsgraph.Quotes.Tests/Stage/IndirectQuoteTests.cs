using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Stage;

public sealed class IndirectQuoteTests
{
    [Fact]
    public void A_reporting_verb_with_a_clause_is_an_indirect_quote()
    {
        var a = Analyzed.Text("Last week, White House spokesman John Kirby warned Putin and Kim had written each other letters regarding a possible arms deal.");

        var quote = a.Quote("Putin and Kim had written");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("John Kirby", quote.SpeakerText);
        Assert.Equal("warned", quote.Cue);
    }

    [Fact]
    public void Reads_that_clauses_after_a_medium_and_an_object()
    {
        var a = Analyzed.Text("General Mark Milley, chairman of the Joint Chiefs of Staff, told US media this month that its forces are likely to remain in the country.");

        var quote = a.Quote("its forces are likely");
        Assert.Equal("Mark Milley", quote.SpeakerText);
        var claim = a.Claim("its forces are likely");
        Assert.Equal(["US media", "Mark Milley"], claim.Sources.Select(s => s.Text));
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void Reads_content_before_a_closing_attribution()
    {
        var a = Analyzed.Text("Two service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.");

        var quote = a.Quote("Two service members");
        Assert.Equal("US military", quote.SpeakerText);
        Assert.Equal("in a statement", quote.Medium);
        Assert.DoesNotContain("military said", a.TextOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_speech_with_a_quoted_fragment_is_mixed()
    {
        var a = Analyzed.Text("He also said he hoped the swap would “pave the way” for unofficial direct talks between his government and the Taliban.");

        Assert.Equal(QuoteKind.Mixed, a.Quote("he hoped the swap").Kind);
        Assert.Equal(QuoteKind.Direct, a.Quote("pave the way").Kind);
    }

    [Theory]
    [InlineData("US President Donald Trump has claimed victory as the House concluded its third public hearing.")]
    [InlineData("The men were flown out of the region, according to a local police source.")]
    public void An_object_or_an_attribution_alone_is_not_an_indirect_quote(string text)
    {
        var a = Analyzed.Text(text);

        Assert.DoesNotContain(a.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void A_participle_takes_the_main_clause_s_subject()
    {
        var a = Analyzed.Text("Omar asked for compassion in a letter posted on Twitter, saying she did not think a severe sentence would be helpful.");

        Assert.Equal("Omar", a.Quote("she did not think").SpeakerText);
    }
}
