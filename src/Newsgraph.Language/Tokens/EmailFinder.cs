namespace Newsgraph.Language.Tokens;

/// <summary>
/// Finds e-mail addresses (local part, "@", a domain with a dot) in one chunk of text. Each "@" is
/// looked at once, and its local part is read back only as far as the previous "@" or address, so
/// a chunk costs time linear in its length however many "@" it has.
/// </summary>
internal sealed class EmailFinder(string text)
{
    private readonly List<(int Start, int End)> found = [];

    /// <summary>The addresses of the last chunk given to <see cref="Find"/>, in order, not overlapping.</summary>
    public IReadOnlyList<(int Start, int End)> Found => found;

    /// <summary>Finds the addresses in the chunk [start, end) of the text (a run without separators).</summary>
    public void Find(int start, int end)
    {
        found.Clear();
        int floor = start;
        int at = text.IndexOf('@', start, end - start);
        while (at >= 0)
        {
            int localStart = at;
            while (localStart > floor && IsEmailLocalChar(text[localStart - 1]))
            {
                localStart--;
            }

            while (localStart < at && !char.IsAsciiLetterOrDigit(text[localStart]))
            {
                localStart++;
            }

            int domainEnd = at + 1;
            bool dot = false;
            while (domainEnd < end && (char.IsAsciiLetterOrDigit(text[domainEnd]) || text[domainEnd] is '.' or '-'))
            {
                dot |= text[domainEnd] == '.' && domainEnd > at + 1;
                domainEnd++;
            }

            while (domainEnd > at + 1 && text[domainEnd - 1] is '.' or '-')
            {
                domainEnd--;
            }

            // A local part right after "/" is a path in a URL ("https://host/user@example.com"), not an address.
            bool afterSlash = localStart > start && text[localStart - 1] == '/';
            if (localStart < at && domainEnd > at + 1 && dot && HasDotInside(at + 1, domainEnd) && !afterSlash)
            {
                found.Add((localStart, domainEnd));
                floor = domainEnd;
            }
            else
            {
                floor = at + 1;
            }

            int from = Math.Max(floor, at + 1);
            at = from < end ? text.IndexOf('@', from, end - from) : -1;
        }
    }

    private bool HasDotInside(int start, int end)
    {
        int dot = text.IndexOf('.', start, end - start);
        return dot > start && dot < end - 1;
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
