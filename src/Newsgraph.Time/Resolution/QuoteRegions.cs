namespace Newsgraph.Time.Resolution;

/// <summary>
/// The parts of the text inside double quotation marks, paragraph by paragraph: speech whose
/// "today" is the day it was spoken. Curly marks open and close; a straight mark toggles. A
/// paragraph end closes any open quote (a quote that runs on reopens in the next paragraph).
/// One pass over the text.
/// </summary>
internal sealed class QuoteRegions
{
    private readonly List<(int Start, int End)> spans = [];

    public QuoteRegions(string text)
    {
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '“' or '«' or '„':
                    open = i;
                    break;
                case '”' or '»':
                    if (open >= 0)
                    {
                        spans.Add((open, i + 1));
                        open = -1;
                    }

                    break;
                case '"':
                    if (open >= 0)
                    {
                        spans.Add((open, i + 1));
                        open = -1;
                    }
                    else
                    {
                        open = i;
                    }

                    break;
                case '\n':
                    if (open >= 0)
                    {
                        spans.Add((open, i));
                        open = -1;
                    }

                    break;
            }
        }

        if (open >= 0)
        {
            spans.Add((open, text.Length));
        }
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation.</summary>
    public bool Contains(int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, e) = spans[mid];
            if (offset < s)
            {
                hi = mid - 1;
            }
            else if (offset >= e)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
