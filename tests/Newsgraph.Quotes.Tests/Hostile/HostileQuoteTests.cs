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
}
