using System.Text;
using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Hostile;

/// <summary>Text built to break quote pairing: the stage must finish, not crash, and keep every quote local.</summary>
public sealed class HostileQuoteTests
{
    [Fact]
    public void Unbalanced_marks_across_a_whole_article_never_make_a_quote_cross_a_paragraph()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            text.Append(i % 3 == 0 ? "“" : string.Empty).Append("The minister said the plan ").Append(i % 2 == 0 ? "” would " : "would ")
                .Append("work as intended, officials said on Monday.\n\n");
        }

        var a = Analyzed.Text(text.ToString());

        Assert.All(a.Quotes.Where(q => q.Kind == QuoteKind.Direct), q => Assert.DoesNotContain("\n\n", a.TextOf(q), StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_quote_marks_finish_with_bounded_output()
    {
        var text = new StringBuilder("The spokesman said ");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(i % 2 == 0 ? "\"a " : "“b” ");
        }

        text.Append("and left.");

        var a = Analyzed.Text(text.ToString());

        Assert.True(a.Quotes.Length <= 1_000);
        Assert.All(a.Quotes, q => Assert.True(q.End - q.Start <= text.Length));
        Assert.Contains(a.Document.Diagnostics, d => d.Code == Core.Diagnostics.DiagnosticCodes.TooManyQuotes);
    }

    [Fact]
    public void A_quote_that_never_closes_does_not_swallow_the_rest_of_the_article()
    {
        var text = new StringBuilder("“This quote opens and never closes, the official said. ");
        for (int i = 0; i < 2_000; i++)
        {
            text.Append("The paragraph keeps going with more words about the budget. ");
        }

        var a = Analyzed.Text(text.ToString());

        var quote = Assert.Single(a.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.True(quote.End - quote.Start <= 600);
    }

    [Fact]
    public void A_one_megabyte_sentence_of_marks_and_verbs_finishes()
    {
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append("he said \" that ’ they ‘ said « ");
        }

        var a = Analyzed.Text(text.ToString());

        Assert.True(a.Quotes.Length <= 1_000);
    }

    [Fact]
    public void A_quote_left_open_ends_with_its_paragraph_and_later_quotes_are_still_found()
    {
        var text = new StringBuilder("“The budget will pass this week, the minister said as talks began.\n\n");
        for (int i = 0; i < 50; i++)
        {
            text.Append("Lawmakers met again on the bill.\n\n");
        }

        text.Append("“We have the votes to pass it,” the speaker said.");

        var a = Analyzed.Text(text.ToString());

        var open = a.Quote("The budget will pass");
        Assert.DoesNotContain("\n", a.TextOf(open), StringComparison.Ordinal);
        Assert.NotNull(a.Quote("We have the votes").SpeakerText);
    }

    [Fact]
    public void Every_paragraph_reopening_a_quote_that_never_closes_keeps_each_quote_short()
    {
        // The multi-paragraph convention (a paragraph left open continues when the next re-opens)
        // abused for a whole article: each opening gives its own bounded quote.
        var text = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            text.Append("“The plan is working and we will keep going with it for years, the official said\n\n");
        }

        var a = Analyzed.Text(text.ToString());

        Assert.NotEmpty(a.Quotes);
        Assert.All(a.Quotes, q => Assert.True(q.End - q.Start <= 600, $"quote of {q.End - q.Start} characters"));
        Assert.All(a.Quotes.Where(q => q.Kind == QuoteKind.Direct), q => Assert.DoesNotContain("\n\n", a.TextOf(q), StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_quote_marks_spread_over_paragraphs_finish_with_bounded_output()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(i % 4 == 0 ? "\"Yes, she said.\n\n" : "word \" more ” text ’ and “ on\n\n");
        }

        var a = Analyzed.Text(text.ToString());

        Assert.True(a.Quotes.Length <= 1_000);
        Assert.All(a.Quotes, q => Assert.DoesNotContain("\n\n", a.TextOf(q), StringComparison.Ordinal));
        Assert.All(a.Claims, c => Assert.True(c.End - c.Start <= 4_000));
    }
}
