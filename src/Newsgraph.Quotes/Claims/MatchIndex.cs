using System.Text.RegularExpressions;

namespace Newsgraph.Quotes.Claims;

/// <summary>
/// Every match of one cue pattern in the whole text, found in a single pass, so each sentence asks
/// "the first match inside me" by binary search instead of running the pattern again (one pass per
/// pattern keeps the claim finder linear and cheap).
/// </summary>
internal sealed class MatchIndex
{
    private readonly List<(int Index, int Length)> matches = [];

    public MatchIndex(Regex pattern, string text)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            matches.Add((m.Index, m.Length));
        }
    }

    /// <summary>The first match starting in [start, end), or null.</summary>
    public (int Index, int Length)? First(int start, int end)
    {
        int lo = 0, hi = matches.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (matches[mid].Index < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < matches.Count && matches[lo].Index < end && matches[lo].Index + matches[lo].Length <= end ? matches[lo] : null;
    }
}
