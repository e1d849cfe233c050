using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Text;

/// <summary>Reads bylines ("By X and Y") and author bios ("X is a writer for Y.") in flattened text.</summary>
internal static class BylineParser
{
    public sealed record Byline(IReadOnlyList<string> People, IReadOnlyList<string> Organisations, string? Rest);

    public sealed record Bio(string Name, string Text, string? Site);

    private static readonly string[] NameSeparators = [", and ", " and ", " & ", ", "];

    public static Byline? ParseByline(string line)
    {
        if (line.Length > TextCues.ShortLineMaxChars)
        {
            return null;
        }

        var match = TextPatterns.Byline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var people = new List<string>();
        var orgs = new List<string>();
        foreach (string part in line.Substring(match.Groups["names"].Index, match.Groups["names"].Length).Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IsOrganisation(part))
            {
                orgs.Add(part);
            }
            else if (IsPersonName(part))
            {
                people.Add(part);
            }
            else if (people.Count == 0 && orgs.Count == 0)
            {
                return null;
            }
        }

        string? rest = match.Groups["rest"].Success ? match.Groups["rest"].Value.Trim() : null;
        return people.Count + orgs.Count == 0 ? null : new Byline(people, orgs, string.IsNullOrEmpty(rest) ? null : rest);
    }

    public static Bio? ParseBio(string unit)
    {
        var match = TextPatterns.Bio().Match(unit.Length > 2000 ? unit[..2000] : unit);
        if (!match.Success)
        {
            return null;
        }

        string role = match.Groups["role"].Value;
        bool hasRole = TextCues.BioRoles.Any(r => ContainsWord(role, r) || ContainsWord(role, r + "s"));
        if (!hasRole || !IsPersonName(match.Groups["name"].Value))
        {
            return null;
        }

        var site = TextPatterns.SiteAfterRole().Match(role);
        return new Bio(match.Groups["name"].Value, unit, site.Success ? site.Groups["site"].Value.Trim() : null);
    }

    public static bool IsOrganisation(string part) =>
        TextCues.OrganisationBylineWords.Any(w => ContainsWord(part, w));

    /// <summary>Two to five words, each capitalised (or a name particle), no digits.</summary>
    public static bool IsPersonName(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || candidate.Any(char.IsDigit))
        {
            return false;
        }

        return words.All(w => char.IsUpper(w[0]) || TextCues.NameParticles.Contains(w)) && char.IsUpper(words[^1][0]);
    }

    private static bool ContainsWord(string text, string word)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            bool endOk = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (startOk && endOk)
            {
                return true;
            }

            at++;
        }

        return false;
    }
}
