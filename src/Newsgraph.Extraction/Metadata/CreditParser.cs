using System.Globalization;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Turns byline text ("By JANE DOE and John Roe, AP Writer - Nov. 19, 2019") into person names
/// and organisation credits: strips openers, stops at dates and separators, splits lists, drops
/// roles, credentials and outlet tails, and puts all-caps names in normal case.
/// </summary>
internal sealed class CreditParser(HashSet<string> siteWords)
{
    public List<string> Persons { get; } = [];

    public List<string> Orgs { get; } = [];

    public void Parse(string text, bool nameOnly)
    {
        foreach (var line in text.Split('\n'))
        {
            string chunkSource = MetaText.Clean(line);
            if (chunkSource.Length == 0)
            {
                continue;
            }

            foreach (var chunk in SplitAt(" " + chunkSource + " ", AuthorCues.Stops))
            {
                ParseChunk(chunk, nameOnly);
                if (Persons.Count + Orgs.Count >= 8)
                {
                    return;
                }
            }
        }
    }

    private void ParseChunk(string chunk, bool nameOnly)
    {
        string c = chunk.Trim().Trim(':', '-', '/', '|', '·', ',').Trim();
        bool prefixed = StripPrefix(ref c);
        if (!prefixed)
        {
            // "5:45 AM PST 11/19/2019 by Patrick Shanley"
            int by = c.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            if (by >= 0)
            {
                c = c[(by + 4)..];
                prefixed = true;
            }
        }

        if (c.Length == 0)
        {
            return;
        }

        foreach (var part in SplitAt(" " + c + " ", AuthorCues.Joiners))
        {
            Classify(part.Trim().Trim('.', ',', ':', ';').Trim(), prefixed || nameOnly);
        }
    }

    private void Classify(string part, bool trusted)
    {
        if (part.Length == 0 || AuthorCues.Credentials.Contains(part) || AuthorCues.Accounts.Contains(part))
        {
            return;
        }

        if (AuthorCues.KnownOrgs.Contains(part))
        {
            AddOrg(part);
            return;
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        // Cut at the first date-ish or handle-ish word, and drop outlet tails ("smithsonian.com", "FOXBusiness").
        int cut = words.FindIndex(w => w.Any(char.IsDigit) || w.StartsWith('@'));
        if (cut >= 0)
        {
            words = words[..cut];
        }

        while (words.Count > 1 && IsOutletWord(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 0 && AuthorCues.Credentials.Contains(words[^1].TrimEnd(',')))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return;
        }

        string name = string.Join(' ', words).TrimEnd(',', '.');
        if (name.EndsWith(" Jr", StringComparison.Ordinal) || name.EndsWith(" Sr", StringComparison.Ordinal))
        {
            name += ".";
        }

        var keys = MetaText.Words(name);
        if (keys.Count == 0)
        {
            return;
        }

        bool siteLike = keys.All(siteWords.Contains);
        bool orgLike = keys.Exists(AuthorCues.OrgWords.Contains) || AuthorCues.KnownOrgs.Contains(name);
        if (siteLike || orgLike)
        {
            if (keys.Count <= 6)
            {
                AddOrg(Normalize(name));
            }

            return;
        }

        if (keys.Exists(AuthorCues.Roles.Contains) || keys.Exists(AuthorCues.NotNameWords.Contains) || words.Count > AuthorCues.MaxNameWords || name.Length > AuthorCues.MaxNameChars)
        {
            return;
        }

        if (!LooksLikeName(words, trusted))
        {
            return;
        }

        string person = Normalize(name);
        if (!Persons.Contains(person, StringComparer.OrdinalIgnoreCase))
        {
            Persons.Add(person);
        }
    }

    private bool IsOutletWord(string word)
    {
        string w = word.Trim(',', '.');
        if (w.Length == 0)
        {
            return true;
        }

        int dot = w.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && dot < w.Length - 1 && w.Length - dot > 2)
        {
            return true; // domain
        }

        return siteWords.Contains(w.ToLowerInvariant()) && !char.IsLower(w[0]) || AuthorCues.Credentials.Contains(w);
    }

    private static bool LooksLikeName(List<string> words, bool trusted)
    {
        if (words.Count == 1 && !trusted)
        {
            return false;
        }

        int capitalized = 0;
        foreach (var raw in words)
        {
            string w = raw.Trim(',', '.', '\'', '"', '(', ')');
            if (w.Length == 0)
            {
                continue;
            }

            if (!w.All(ch => char.IsLetter(ch) || ch == '.' || ch == '-' || ch == '\'' || ch == '’'))
            {
                return false;
            }

            if (char.IsUpper(w[0]))
            {
                capitalized++;
            }
            else if (!AuthorCues.Particles.Contains(w))
            {
                return false;
            }
        }

        return capitalized >= 1 && char.IsUpper(words[0].TrimStart('\'', '"')[0]);
    }

    /// <summary>"DANICA KIRKA" → "Danica Kirka"; mixed-case names are kept as written.</summary>
    public static string Normalize(string name)
    {
        name = MetaText.Clean(name);
        bool hasLower = name.Any(char.IsLower);
        int upperLetters = name.Count(char.IsUpper);
        if (hasLower || upperLetters < 4)
        {
            return name;
        }

        var words = name.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (w.Length > 2 || (w.Length == 2 && w[1] != '.'))
            {
                words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant());
            }
        }

        return string.Join(' ', words);
    }

    private void AddOrg(string org)
    {
        if (!Orgs.Contains(org, StringComparer.OrdinalIgnoreCase))
        {
            Orgs.Add(org);
        }
    }

    private static bool StripPrefix(ref string c)
    {
        foreach (var p in AuthorCues.Prefixes)
        {
            if (c.StartsWith(p, StringComparison.OrdinalIgnoreCase) && (c.Length == p.Length || !char.IsLetter(c[p.Length]) || p.EndsWith(':')))
            {
                c = c[p.Length..].TrimStart(':', ' ', '-');
                return true;
            }
        }

        return false;
    }

    private static List<string> SplitAt(string text, string[] separators)
    {
        var parts = new List<string> { text };
        foreach (var sep in separators)
        {
            var next = new List<string>();
            foreach (var p in parts)
            {
                int start = 0;
                int at;
                while ((at = p.IndexOf(sep, start, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    next.Add(" " + p[start..at] + " ");
                    start = at + sep.Length;
                }

                next.Add(" " + p[start..] + " ");
            }

            parts = next;
        }

        return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }
}
