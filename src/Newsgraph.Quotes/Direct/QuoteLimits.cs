namespace Newsgraph.Quotes.Direct;

/// <summary>Bounds that keep hostile text (thousands of marks, a quote that never closes) cheap and local.</summary>
internal static class QuoteLimits
{
    /// <summary>
    /// An unclosed quote that is not re-opened in the next paragraph ends at its paragraph's end, but
    /// never further than this: real quotations in news run a few sentences; a stray mark in a
    /// 1 MB paragraph must not turn the rest of it into a quote.
    /// </summary>
    public const int MaxUnclosedChars = 600;

    /// <summary>Quotes kept per document. A news article has tens; past this the input is not prose.</summary>
    public const int MaxQuotesPerDocument = 1000;
}
