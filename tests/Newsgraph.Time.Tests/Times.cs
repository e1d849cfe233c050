using Newsgraph.Core.Documents;
using Newsgraph.Language;

namespace Newsgraph.Time.Tests;

/// <summary>One found expression as a test reads it: its text, value and certainty.</summary>
internal sealed record Found(string Text, string? Value, TimeCertainty Certainty, string? RangeStart, string? RangeEnd);

/// <summary>Runs the language and time stages over a text published on a given day.</summary>
internal static class Times
{
    public static Document Analyse(string text, string? published, string? language = "en")
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, ""));
        document.Add(ArticleLayers.Info, new ArticleInfo { Published = published, Language = language });
        new LanguageStage().Run(document, CancellationToken.None);
        new TimeStage().Run(document, CancellationToken.None);
        return document;
    }

    public static IReadOnlyList<Found> In(string text, string? published = "2019-11-20") =>
        [.. Analyse(text, published).Get(TimeLayers.Expressions).Select(t => new Found(text[t.Start..t.End], t.Value, t.Certainty, t.RangeStart, t.RangeEnd))];

    /// <summary>The one expression found in <paramref name="text"/>.</summary>
    public static Found One(string text, string? published = "2019-11-20") => Assert.Single(In(text, published));

    /// <summary>The value of the expression whose text is <paramref name="expression"/>.</summary>
    public static string? ValueOf(string text, string expression, string? published = "2019-11-20") =>
        In(text, published).Single(f => f.Text == expression).Value;
}
