using Newsgraph.Core.Documents;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Groups a document's mentions into referents. Mentions with the same lexicon identity are one
/// ("U.S.", "America", "Washington" as government → country:US). Other names merge by rule: the
/// same name in lookup form ("Kim Jong-un" = "Kim Jong Un"); a person's surname or first name, or a
/// shorter run of their name, to the full name ("Kim", "Nealy Cox"); an acronym to the organisation
/// whose initials it is or that the text introduces it for ("National Security Council (NSC)");
/// a shorter run of an organisation's name to it ("the Times" → the New York Times).
/// All lookups go through indexes, so hostile text with 100,000 names stays linear.
/// </summary>
internal static class MentionMerger
{
    /// <summary>Candidates examined per lookup; bounds work on text that repeats one word endlessly.</summary>
    private const int MaxCandidates = 32;

    public sealed class Cluster
    {
        public List<Mention> Mentions { get; } = [];

        public required EntityType Type { get; set; }

        public Mention First => Mentions[0];

        /// <summary>The mention with the most words (then characters): the fullest form of the name.</summary>
        public Mention Longest => Mentions.MaxBy(m => (m.WordCount, m.Surface.Length))!;
    }

    public static List<Cluster> Merge(List<Mention> mentions, string text)
    {
        var clusters = new List<Cluster>();
        var byIdentity = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var personByWord = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var orgByWord = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var orgByInitials = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var deferred = new List<Mention>();

        // Pass 1: lexicon identities and full (multi-word) names, people first so that a name the
        // tagger mistyped elsewhere ("Kim Jong-un" as a place in a headline) finds the person.
        var ordered = mentions.Where(m => m.Type == EntityType.Person && m.WordCount >= 2 && m.Identity is null)
            .Concat(mentions.Where(m => !(m.Type == EntityType.Person && m.WordCount >= 2 && m.Identity is null)));
        foreach (var mention in ordered)
        {
            if (mention.WeakPlace && mention.Identity is not null && Nearest(personByWord, mention, requireEdge: true, lastWordOnly: mention.MajorPlace) is { } person)
            {
                // "Kim" is a town somewhere, but here the person's name.
                mention.Identity = null;
                mention.CrossKey = null;
                mention.Country = null;
                mention.Resolved = false;
                mention.WeakPlace = false;
                mention.Type = EntityType.Person;
                person.Mentions.Add(mention);
            }
            else if (mention.Identity is { } identity)
            {
                Add(byIdentity, identity, mention);
            }
            else if (mention.WordCount >= 2)
            {
                Cluster? target = mention.Type == EntityType.Person || !mention.Resolved ? FindRun(personByWord, mention) : null;
                if (target is null && mention.Type is EntityType.Org or EntityType.Fac)
                {
                    target = FindRun(orgByWord, mention);
                }

                if (target is not null && (target.Type == mention.Type || target.Type == EntityType.Person))
                {
                    target.Mentions.Add(mention);
                }
                else
                {
                    Add(byName, mention.Type + ":" + mention.Key, mention);
                }
            }
            else
            {
                deferred.Add(mention);
            }
        }

        // Acronyms the text introduces: "National Security Council (NSC)".
        var introduced = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Type == EntityType.Org))
        {
            foreach (var mention in cluster.Mentions)
            {
                if (AcronymAfter(text, mention.End) is { } acronym)
                {
                    introduced.TryAdd(acronym, cluster);
                }
            }
        }

        // Pass 2: one-word names, to the fuller name they shorten.
        foreach (var mention in deferred)
        {
            Cluster? target = null;
            bool acronym = IsAcronym(mention.Surface);
            if (acronym && (introduced.TryGetValue(mention.Key, out target) || orgByInitials.TryGetValue(mention.Key, out target)))
            {
                target.Mentions.Add(mention);
                continue;
            }

            if (!mention.Resolved && mention.Type is EntityType.Person or EntityType.Org or EntityType.Loc or EntityType.Fac or EntityType.Norp)
            {
                target = Nearest(personByWord, mention, requireEdge: true);
                if (target is null && mention.Type is EntityType.Org or EntityType.Fac)
                {
                    target = Nearest(orgByWord, mention, requireEdge: false);
                }
            }

            if (target is not null)
            {
                target.Mentions.Add(mention);
                continue;
            }

            Add(byName, mention.Type + ":" + mention.Key, mention);
        }

        foreach (var cluster in clusters)
        {
            // A lexicon type stands; otherwise the type most mentions have, people winning ties
            // (the tagger calls a person an organisation now and then, rarely the reverse).
            var resolved = cluster.Mentions.FirstOrDefault(m => m.Resolved && !m.WeakPlace);
            cluster.Type = resolved?.Type ?? cluster.Mentions
                .GroupBy(m => m.Type)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Key == EntityType.Person)
                .First().Key;
        }

        clusters.Sort((a, b) => a.Mentions.Min(m => m.Start).CompareTo(b.Mentions.Min(m => m.Start)));
        foreach (var cluster in clusters)
        {
            cluster.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return clusters;

        void Add(Dictionary<string, Cluster> index, string key, Mention mention)
        {
            if (!index.TryGetValue(key, out var cluster))
            {
                cluster = new Cluster { Type = mention.Type };
                index[key] = cluster;
                clusters.Add(cluster);
            }

            cluster.Mentions.Add(mention);
            if (mention.WordCount < 2)
            {
                return;
            }

            // Index full names by their words, and organisations by their initials.
            var words = mention.Key.Split(' ');
            var byWord = mention.Type == EntityType.Person ? personByWord
                : mention.Type is EntityType.Org or EntityType.Fac ? orgByWord : null;
            if (byWord is not null)
            {
                foreach (string word in words.Distinct(StringComparer.Ordinal))
                {
                    if (!byWord.TryGetValue(word, out var list))
                    {
                        byWord[word] = list = [];
                    }

                    if (list.Count < MaxCandidates && !list.Contains(cluster))
                    {
                        list.Add(cluster);
                    }
                }
            }

            if (cluster.Type == EntityType.Org && Initials(words) is { Length: >= 2 } initials)
            {
                orgByInitials.TryAdd(initials, cluster);
            }
        }
    }

    /// <summary>A cluster whose name contains this multi-word mention's words as a run ("Nealy Cox" in "Erin Nealy Cox").</summary>
    private static Cluster? FindRun(Dictionary<string, List<Cluster>> byWord, Mention mention)
    {
        string[] words = mention.Key.Split(' ');
        if (!byWord.TryGetValue(words[0], out var candidates))
        {
            return null;
        }

        foreach (var cluster in candidates)
        {
            foreach (var other in cluster.Mentions)
            {
                if (other.Key == mention.Key || (other.WordCount > words.Length && ContainsRun(other.Key.Split(' '), words)))
                {
                    return cluster;
                }

                if (other.WordCount < words.Length && other.WordCount >= 2 && ContainsRun(words, other.Key.Split(' ')))
                {
                    return cluster;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The full name this one-word mention shortens: for people a first or last word ("Kim", "Putin");
    /// for organisations any word ("Times"). The nearest earlier such name wins, else the first later.
    /// <paramref name="lastWordOnly"/>: only a last word counts (a major place's name, see <see cref="Mention.MajorPlace"/>).
    /// </summary>
    private static Cluster? Nearest(Dictionary<string, List<Cluster>> byWord, Mention mention, bool requireEdge, bool lastWordOnly = false)
    {
        if (!byWord.TryGetValue(mention.Key, out var candidates))
        {
            return null;
        }

        Cluster? before = null;
        Cluster? after = null;
        foreach (var cluster in candidates)
        {
            bool fits = !requireEdge || cluster.Mentions.Any(m =>
            {
                string[] words = m.Key.Split(' ');
                return words.Length >= 2 && ((!lastWordOnly && words[0] == mention.Key) || words[^1] == mention.Key);
            });
            if (!fits)
            {
                continue;
            }

            int first = cluster.Mentions.Min(m => m.Start);
            if (first < mention.Start)
            {
                if (before is null || first > before.Mentions.Min(m => m.Start))
                {
                    before = cluster;
                }
            }
            else
            {
                after ??= cluster;
            }
        }

        return before ?? after;
    }

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"national security council" → "nsc"; function words are skipped.</summary>
    private static string? Initials(string[] words)
    {
        var initials = new char[words.Length];
        int n = 0;
        foreach (string word in words)
        {
            if (!NameRules.NameFunctionWords.Contains(word) && word.Length > 0 && char.IsLetter(word[0]))
            {
                initials[n++] = word[0];
            }
        }

        return n >= 2 ? new string(initials, 0, n) : null;
    }

    /// <summary>"NSC", "U.N.", "FBI": two to six capitals, dots allowed.</summary>
    private static bool IsAcronym(string surface)
    {
        int letters = 0;
        foreach (char c in surface)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    /// <summary>The acronym in " (NSC)" right after a name, in lookup form, or null.</summary>
    private static string? AcronymAfter(string text, int end)
    {
        int i = end;
        while (i < text.Length && i < end + 3 && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return null;
        }

        int close = text.IndexOf(')', i + 1, Math.Min(12, text.Length - i - 1));
        if (close < 0)
        {
            return null;
        }

        string inner = text[(i + 1)..close];
        return IsAcronym(inner) ? Lexicon.NameKey.Of(inner) : null;
    }
}
