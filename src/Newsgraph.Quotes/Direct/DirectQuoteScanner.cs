using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Direct;

/// <summary>
/// Pairs quotation marks paragraph by paragraph into quoted spans. Each opening mark gives its own
/// span; a paragraph that ends inside a quote continues it only when the next paragraph re-opens
/// with a mark (the newspaper convention), otherwise the quote stops at its paragraph's end, capped
/// by <see cref="QuoteLimits.MaxUnclosedChars"/>. Single marks nest inside double ones; at top level
/// a single-quoted span counts only when it both opens and closes in the paragraph (British style),
/// since a lone single mark is far more often an apostrophe. One pass over the marks: linear time.
/// </summary>
internal static class DirectQuoteScanner
{
    public static List<RawQuote> Scan(string text, IReadOnlyList<TextSpan> paragraphs, CancellationToken cancellationToken) =>
        Scan(text, paragraphs, out _, cancellationToken);

    /// <param name="capped">Set when the text held more quoted spans than <see cref="QuoteLimits.MaxQuotesPerDocument"/>.</param>
    public static List<RawQuote> Scan(string text, IReadOnlyList<TextSpan> paragraphs, out bool capped, CancellationToken cancellationToken)
    {
        var quotes = new List<RawQuote>();
        bool continues = false;
        for (int p = 0; p < paragraphs.Count && quotes.Count < QuoteLimits.MaxQuotesPerDocument; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            continues = ScanParagraph(text, paragraphs, p, continues, quotes);
        }

        capped = quotes.Count >= QuoteLimits.MaxQuotesPerDocument;
        if (quotes.Count > QuoteLimits.MaxQuotesPerDocument)
        {
            quotes.RemoveRange(QuoteLimits.MaxQuotesPerDocument, quotes.Count - QuoteLimits.MaxQuotesPerDocument);
        }

        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return quotes;
    }

    /// <summary>Scans paragraph <paramref name="p"/>; returns whether its last quote continues into the next paragraph.</summary>
    private static bool ScanParagraph(string text, IReadOnlyList<TextSpan> paragraphs, int p, bool continuesPrevious, List<RawQuote> quotes)
    {
        var para = paragraphs[p];
        var marks = QuoteMarks.In(text, para.Start, para.End);
        QuoteMark? outer = null, inner = null, topSingle = null;
        bool first = true;
        foreach (var mark in marks)
        {
            if (mark.IsDouble)
            {
                topSingle = null;
                if (outer is not { } open)
                {
                    if (mark.Role != MarkRole.Close)
                    {
                        outer = mark;
                    }

                    continue;
                }

                if (mark.Role != MarkRole.Open)
                {
                    if (inner is { } unclosedInner)
                    {
                        // ‘there was no linkage like that," she said: the inner quote ends with the outer.
                        Add(quotes, text, unclosedInner.End, mark.Start, unclosedInner.Start, mark.Start, p, false, unclosed: false, nested: true);
                    }

                    Add(quotes, text, open.End, mark.Start, open.Start, mark.End, p, continuesPrevious && first, unclosed: false);
                    first = false;
                    outer = null;
                    inner = null;
                    continue;
                }

                // A clear opener while a quote is open: the earlier one never closed. End it at the
                // last sentence end before this mark so it cannot reach into the next quotation.
                int cut = LastSentenceEnd(text, open.End, mark.Start);
                Add(quotes, text, open.End, cut, open.Start, cut, p, continuesPrevious && first, unclosed: true);
                first = false;
                outer = mark;
                inner = null;
                continue;
            }

            if (outer is not null)
            {
                if (inner is not { } nestedOpen)
                {
                    if (mark.Role == MarkRole.Open)
                    {
                        inner = mark;
                    }
                }
                else if (mark.Role != MarkRole.Open)
                {
                    Add(quotes, text, nestedOpen.End, mark.Start, nestedOpen.Start, mark.End, p, false, unclosed: false, nested: true);
                    inner = null;
                }

                continue;
            }

            if (topSingle is not { } singleOpen)
            {
                if (mark.Role == MarkRole.Open)
                {
                    topSingle = mark;
                }
            }
            else if (mark.Role != MarkRole.Open)
            {
                Add(quotes, text, singleOpen.End, mark.Start, singleOpen.Start, mark.End, p, continuesPrevious && first, unclosed: false);
                first = false;
                topSingle = null;
            }
        }

        if (outer is not { } left)
        {
            return false;
        }

        bool reopens = p + 1 < paragraphs.Count && OpensWithMark(text, paragraphs[p + 1]);
        int end = para.End;
        if (!reopens && end - left.End > QuoteLimits.MaxUnclosedChars)
        {
            end = LastSentenceEnd(text, left.End, left.End + QuoteLimits.MaxUnclosedChars);
        }

        Add(quotes, text, left.End, end, left.Start, end, p, continuesPrevious && first, unclosed: !reopens);
        return reopens;
    }

    private static void Add(List<RawQuote> quotes, string text, int start, int end, int openMark, int closeEnd, int paragraph, bool continues, bool unclosed, bool nested = false)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start || !HasLetterOrDigit(text, start, end))
        {
            return;
        }

        quotes.Add(new RawQuote
        {
            Start = start,
            End = end,
            OpenMark = openMark,
            CloseEnd = closeEnd,
            Paragraph = paragraph,
            Nested = nested,
            ContinuesPrevious = continues,
            Unclosed = unclosed,
        });
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithMark(string text, TextSpan paragraph)
    {
        int i = paragraph.Start;
        while (i < paragraph.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= paragraph.End || !QuoteMarks.IsDoubleChar(text[i]) && !(QuoteMarks.IsSingleChar(text[i]) && i + 1 < paragraph.End && QuoteMarks.IsSingleChar(text[i + 1])))
        {
            return false;
        }

        var marks = QuoteMarks.In(text, i, Math.Min(paragraph.End, i + 3));
        return marks.Count > 0 && marks[0].Start == i && marks[0].Role != MarkRole.Close;
    }

    /// <summary>Offset just past the last sentence-final punctuation in [from, to), or <paramref name="to"/> when there is none.</summary>
    private static int LastSentenceEnd(string text, int from, int to)
    {
        to = Math.Min(to, text.Length);
        for (int i = to - 1; i > from; i--)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return to;
    }
}
