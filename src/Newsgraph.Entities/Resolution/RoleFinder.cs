using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Entities.Lexicon;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Roles and affiliations of people from the words around their names: pre-modifiers ("White House
/// spokesman John Kirby" → spokesman, affiliated with the White House; "North Korean leader Kim
/// Jong Un" → leader, country KP; "Republican presidential candidate Nikki Haley" → presidential
/// candidate, affiliated with the Republican Party) and appositives ("Adrienne Watson, a spokeswoman
/// for the National Security Council,").
/// </summary>
internal sealed class RoleFinder(MentionFinder finder)
{
    /// <summary>Most words a role phrase spans ("former deputy national security adviser").</summary>
    private const int MaxRoleWords = 5;

    public sealed record Found(int Cluster, string Role, int? AffiliationCluster, string? Country);

    public List<Found> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, List<MentionMerger.Cluster> clusters)
    {
        var clusterAt = new Dictionary<int, (int Cluster, Mention Mention)>();
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (var mention in clusters[c].Mentions)
            {
                for (int t = mention.FirstToken; t < mention.EndToken; t++)
                {
                    clusterAt[t] = (c, mention);
                }
            }
        }

        var found = new List<Found>();
        for (int c = 0; c < clusters.Count; c++)
        {
            if (clusters[c].Type != EntityType.Person)
            {
                continue;
            }

            foreach (var mention in clusters[c].Mentions)
            {
                var sentence = sentences[mention.Sentence];
                if (Before(text, tokens, sentence.FirstToken, mention.FirstToken, clusterAt, clusters) is { } pre)
                {
                    found.Add(pre with { Cluster = c });
                }

                if (After(text, tokens, sentence.EndToken, mention.EndToken, clusterAt, clusters) is { } post)
                {
                    found.Add(post with { Cluster = c });
                }
            }
        }

        return found;
    }

    private Found? Before(string text, ImmutableArray<Token> tokens, int sentenceStart, int nameStart, Dictionary<int, (int Cluster, Mention Mention)> clusterAt, List<MentionMerger.Cluster> clusters)
    {
        int i = nameStart - 1;
        var words = new List<string>();
        while (i >= sentenceStart && words.Count < MaxRoleWords && !clusterAt.ContainsKey(i))
        {
            string key = NameKey.Of(tokens[i].In(text));
            bool head = IsHead(key, tokens[i].In(text));
            if (words.Count == 0 ? !head : !(head || IsModifier(key, tokens[i].In(text))))
            {
                break;
            }

            words.Insert(0, key);
            i--;
        }

        TrimToHead(words);
        if (words.Count == 0)
        {
            return null;
        }

        // What stands before the role: an organisation, a place or a nationality, maybe with "'s".
        int at = i >= sentenceStart && tokens[i].Kind == TokenKind.Clitic ? i - 1 : i;
        var (affiliation, country) = Affiliation(at, clusterAt, clusters);
        return new Found(-1, RoleText(words), affiliation, country);
    }

    private Found? After(string text, ImmutableArray<Token> tokens, int sentenceEnd, int nameEnd, Dictionary<int, (int Cluster, Mention Mention)> clusterAt, List<MentionMerger.Cluster> clusters)
    {
        int i = nameEnd;
        if (i >= sentenceEnd || tokens[i].In(text) is not ",")
        {
            return null;
        }

        i++;
        if (i < sentenceEnd && NameRules.LeadingDeterminers.Contains(NameKey.Of(tokens[i].In(text))))
        {
            i++;
        }

        int? affiliation = null;
        string? country = null;
        if (i < sentenceEnd && clusterAt.TryGetValue(i, out var owner))
        {
            (affiliation, country) = Affiliation(owner.Mention.EndToken - 1, clusterAt, clusters);
            i = owner.Mention.EndToken;
            if (i < sentenceEnd && tokens[i].Kind == TokenKind.Clitic)
            {
                i++;
            }
        }

        var words = new List<string>();
        while (i < sentenceEnd && words.Count < MaxRoleWords && !clusterAt.ContainsKey(i))
        {
            string key = NameKey.Of(tokens[i].In(text));
            if (!(IsHead(key, tokens[i].In(text)) || IsModifier(key, tokens[i].In(text))))
            {
                break;
            }

            words.Add(key);
            i++;
        }

        while (words.Count > 0 && !IsHead(words[^1], words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            i--;
        }

        if (words.Count == 0)
        {
            return null;
        }

        // "spokeswoman for the National Security Council", "president of Russia".
        if (affiliation is null && i + 1 < sentenceEnd && NameKey.Of(tokens[i].In(text)) is "for" or "of" or "at" or "with")
        {
            int j = i + 1;
            if (j < sentenceEnd && NameRules.LeadingDeterminers.Contains(NameKey.Of(tokens[j].In(text))))
            {
                j++;
            }

            if (j < sentenceEnd && clusterAt.TryGetValue(j, out var org))
            {
                (affiliation, country) = Affiliation(org.Mention.EndToken - 1, clusterAt, clusters);
            }
        }

        return new Found(-1, RoleText(words), affiliation, country);
    }

    private static (int? Affiliation, string? Country) Affiliation(int tokenIndex, Dictionary<int, (int Cluster, Mention Mention)> clusterAt, List<MentionMerger.Cluster> clusters)
    {
        if (!clusterAt.TryGetValue(tokenIndex, out var owner))
        {
            return (null, null);
        }

        var cluster = clusters[owner.Cluster];
        return cluster.Type switch
        {
            EntityType.Norp => (null, owner.Mention.Country),
            EntityType.Org or EntityType.Gpe => (owner.Cluster, owner.Mention.Country),
            _ => (null, null),
        };
    }

    private bool IsHead(string key, ReadOnlySpan<char> word) =>
        finder.IsTitleWord(key, word.Length > 0 && char.IsUpper(word[0])) && !NameRules.Honorifics.Contains(key);

    private static bool IsModifier(string key, ReadOnlySpan<char> word) =>
        RoleWords.Modifiers.Contains(key)
        || (word.Length > 4 && char.IsLower(word[0]) && (key.EndsWith("al", StringComparison.Ordinal) || key.EndsWith("ial", StringComparison.Ordinal)))
        || (word.Length > 0 && char.IsUpper(word[0]) && RoleWords.OfficeWords.Contains(key));

    /// <summary>A role phrase starts at a modifier or head, never at a function word ("of State" alone is not a role).</summary>
    private static void TrimToHead(List<string> words)
    {
        while (words.Count > 0 && words[0] is "of" or "the" or "for")
        {
            words.RemoveAt(0);
        }
    }

    private static string RoleText(List<string> words) =>
        string.Join(' ', words.Select(w => RoleWords.Expansions.GetValueOrDefault(w, w)));
}
