namespace Newsgraph.Training;

/// <summary>
/// Reads a Phoenix/TABARI actor dictionary: an entry is a primary name line, "+alias" lines, and
/// one or more "[CODE dates]" lines (or the code on the primary line). Names use "_" for spaces.
/// Entries whose code is a bare three-letter country code are place names (the country, its towns,
/// its rivers) and are left to GeoNames.
/// </summary>
internal static class PhoenixActors
{
    public sealed record Actor(string Id, string Code, List<string> Names);

    public static IEnumerable<Actor> Read(TextReader reader)
    {
        string? id = null;
        var names = new List<string>();
        var codes = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            string line = StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string trimmed = line.Trim();
            if (trimmed[0] == '[')
            {
                codes.Add(trimmed);
                continue;
            }

            if (trimmed[0] == '<')
            {
                continue;
            }

            if (trimmed[0] == '+')
            {
                AddName(trimmed[1..]);
                continue;
            }

            if (Flush() is { } done)
            {
                yield return done;
            }

            int bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            string primary = bracket >= 0 ? trimmed[..bracket] : trimmed;
            id = Clean(primary).Replace(' ', '_');
            AddName(primary);
            if (bracket >= 0)
            {
                codes.Add(trimmed[bracket..]);
            }
        }

        if (Flush() is { } last)
        {
            yield return last;
        }

        Actor? Flush()
        {
            Actor? actor = null;
            string? code = ChooseCode(codes);
            if (id is { Length: > 0 } && code is not null && names.Count > 0 && !(code.Length == 3 && code.All(char.IsUpper)))
            {
                actor = new Actor(id, code, [.. names.Distinct(StringComparer.Ordinal)]);
            }

            id = null;
            names = [];
            codes = [];
            return actor;
        }

        void AddName(string name)
        {
            string cleaned = Clean(name);
            if (cleaned.Length >= 2 && !cleaned.Any(c => char.IsDigit(c) || c is '!' or '%' or '$' or '{' or '}' or '^' or '&' or '='))
            {
                names.Add(cleaned);
            }
        }
    }

    /// <summary>The code in force now: an undated one, else an open-ended "&gt;date" one, else the last.</summary>
    private static string? ChooseCode(List<string> codes)
    {
        string? chosen = null;
        foreach (string code in codes)
        {
            string inner = code.Trim('[', ']', ' ', '\t');
            int end = inner.IndexOf(']', StringComparison.Ordinal);
            if (end >= 0)
            {
                inner = inner[..end];
            }

            string[] parts = inner.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !parts[0].All(c => char.IsUpper(c) || char.IsDigit(c)) || parts[0].Length < 3)
            {
                continue;
            }

            if (parts.Length == 1)
            {
                return parts[0];
            }

            if (parts[1].StartsWith('>') || chosen is null)
            {
                chosen = parts[0];
            }
        }

        return chosen;
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static string Clean(string name) =>
        string.Join(' ', name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
}
