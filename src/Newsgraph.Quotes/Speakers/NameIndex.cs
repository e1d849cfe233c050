using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// Full person names and roles seen in the article, built in one pass: a surname ("Pompeo") expands
/// to the earliest full mention ("Mike Pompeo"), and a role ("the spokesman") to the last person the
/// text gave it ("White House spokesman John Kirby"). Used when no entity layer is present.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, string> fullBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(int Position, string Name)>> byRole = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Position, int End, string Name)> persons = [];

    public NameIndex(ArticleView view)
    {
        int t = 0;
        while (t < view.Tokens.Length)
        {
            if (!view.IsCapitalized(t))
            {
                t++;
                continue;
            }

            int start = t;
            while (t < view.Tokens.Length && view.IsCapitalized(t) && view.Tokens[t].Kind != Core.Documents.TokenKind.Number)
            {
                t++;
            }

            Register(view, start, t);
        }

        // Second pass: a lone surname ("Morrison") is a mention of the person named in full elsewhere.
        var singles = new List<(int, int, string)>();
        for (int i = 0; i < view.Tokens.Length; i++)
        {
            if (view.IsCapitalized(i) && !view.IsCapitalized(i - 1) && !view.IsCapitalized(i + 1)
                && fullBySurname.TryGetValue(view.WordString(i), out var full))
            {
                singles.Add((view.Tokens[i].Start, view.Tokens[i].End, full));
            }
        }

        persons.AddRange(singles);
        persons.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>Persons in text order, with the offset of their mention (for pronoun resolution).</summary>
    public IReadOnlyList<(int Position, int End, string Name)> Persons => persons;

    public bool IsKnownSurname(string word) => fullBySurname.ContainsKey(word);

    public string Expand(string name)
    {
        if (!name.Contains(' ', StringComparison.Ordinal) && fullBySurname.TryGetValue(name, out var full))
        {
            return full;
        }

        return name;
    }

    /// <summary>The last person given <paramref name="role"/> before <paramref name="position"/>, or null.</summary>
    public string? WithRole(string role, int position)
    {
        if (!byRole.TryGetValue(role, out var list))
        {
            return null;
        }

        string? found = null;
        foreach (var (p, n) in list)
        {
            if (p < position)
            {
                found = n;
            }
        }

        return found;
    }

    private void Register(ArticleView view, int start, int end)
    {
        while (start < end && (PhraseWords.Stops.Contains(view.Word(start)) || PhraseWords.Determiners.Contains(view.Word(start))))
        {
            start++; // "The", "When", "Both" opening a sentence are not part of a name.
        }

        int nameStart = start;
        string? role = null;
        for (int i = start; i < end; i++)
        {
            if (RoleWords.Titles.Contains(view.Word(i)))
            {
                nameStart = i + 1;
                role = view.WordString(i).ToLowerInvariant().TrimEnd('.');
            }
        }

        if (nameStart == start && start > 0 && view.IsWordLike(start - 1) && RoleWords.Roles.Contains(view.Word(start - 1)))
        {
            role = view.WordString(start - 1).ToLowerInvariant();
        }

        int count = end - nameStart;
        if (count < 2 && role is null)
        {
            return;
        }

        for (int i = nameStart; i < end; i++)
        {
            if (RoleWords.OrganisationHeads.Contains(view.Word(i)))
            {
                return;
            }
        }

        if (count < 1)
        {
            return;
        }

        string name = view.Slice(view.Tokens[nameStart].Start, view.Tokens[end - 1].End);
        int last = end - 1;
        if (count > 2 && view.Word(last) is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III")
        {
            last--;
        }

        if (count >= 2)
        {
            fullBySurname.TryAdd(view.WordString(last), name);
            persons.Add((view.Tokens[nameStart].Start, view.Tokens[end - 1].End, name));
        }
        else
        {
            persons.Add((view.Tokens[nameStart].Start, view.Tokens[end - 1].End, Expand(name)));
        }

        if (role is not null)
        {
            if (!byRole.TryGetValue(role, out var list))
            {
                byRole[role] = list = [];
            }

            list.Add((view.Tokens[nameStart].Start, count >= 2 ? name : Expand(name)));
        }
    }
}
