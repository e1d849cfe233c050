using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// A cheap stand-in for the entities stage: runs of capitalised words in the body ("Lindsay Lohan",
/// "Betty Ford Center") as <c>e:</c> keys — the full run and each of its parts, so a later bare
/// "Lohan" still matches — and figures ("6.1", "1967", "33") as <c>n:</c> keys. A lone capitalised
/// word that opens a sentence is skipped (it is capitalised for grammar, not because it is a name).
/// Headlines are title-cased, so the title is used only when the text is empty. A key that also
/// appears in the title or in the lead (first <see cref="EntityKeyCues.LeadSentences"/> sentences) is
/// repeated once more: the lead and the headline name whose story it is, the rest of an article
/// brings in background names that other stories of the same kind share.
/// </summary>
public sealed class CapitalisedNameKeys : IEntityKeyExtractor
{
    public IReadOnlyList<string> Extract(string? title, string text) =>
        Extract(title, text, WordTokenizer.Tokenize(KeySource(title, text)));

    /// <summary>The text the keys are read from: the body, or the title when the body is empty.</summary>
    internal static string KeySource(string? title, string text) => string.IsNullOrWhiteSpace(text) ? title ?? "" : text;

    /// <summary>As <see cref="Extract(string?, string)"/>, with <see cref="KeySource"/> tokenised
    /// already (ingest tokenises an article's text once for these keys and its clustering terms).</summary>
    internal static IReadOnlyList<string> Extract(string? title, string text, List<WordToken> tokens)
    {
        var keys = new List<string>();
        var run = new List<WordToken>();
        int sentences = 0;
        int leadKeys = 0;
        for (int i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : default;
            if (token.StartsSentence && ++sentences == EntityKeyCues.LeadSentences + 1)
            {
                EmitRun(run, keys);
                run.Clear();
                leadKeys = keys.Count;
            }

            bool continues = i < tokens.Count && IsNamePart(token)
                && !(run.Count > 0 && token.StartsSentence);
            bool connector = i < tokens.Count && run.Count > 0 && !token.IsCapitalised
                && EntityKeyCues.NameConnectors.Contains(token.Text)
                && i + 1 < tokens.Count && IsNamePart(tokens[i + 1]);
            if (continues || connector)
            {
                run.Add(token);
                continue;
            }

            EmitRun(run, keys);
            run.Clear();
            if (i < tokens.Count && token.IsNumber && token.Text.Length >= EntityKeyCues.MinNumberChars)
            {
                keys.Add("n:" + token.Text.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'));
            }

            if (i < tokens.Count && IsNamePart(token) && token.StartsSentence)
            {
                run.Add(token);
            }
        }

        if (sentences <= EntityKeyCues.LeadSentences)
        {
            leadKeys = keys.Count;
        }

        return Emphasise(keys, leadKeys, string.IsNullOrWhiteSpace(text) ? null : title);
    }

    private static List<string> Emphasise(List<string> keys, int leadKeys, string? title)
    {
        string titleWords = title is null ? "" : " " + TextNormalizer.Normalize(title) + " ";
        var extra = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Count; i++)
        {
            string key = keys[i];
            if (i < leadKeys || (titleWords.Length > 2 && titleWords.Contains(" " + key[2..] + " ", StringComparison.Ordinal)))
            {
                extra.Add(key);
            }
        }

        keys.AddRange(extra.Order(StringComparer.Ordinal));
        return keys;
    }

    private static bool IsNamePart(WordToken token)
    {
        if (!token.IsCapitalised || token.IsNumber)
        {
            return false;
        }

        string lower = token.Text.ToLowerInvariant();
        return !StopWords.Words.Contains(lower) && !EntityKeyCues.NotNames.Contains(lower);
    }

    private static void EmitRun(List<WordToken> run, List<string> keys)
    {
        // trailing connectors never end a name
        int count = run.Count;
        while (count > 0 && !run[count - 1].IsCapitalised)
        {
            count--;
        }

        if (count == 0 || (count == 1 && run[0].StartsSentence))
        {
            return;
        }

        var parts = new string[count];
        for (int i = 0; i < count; i++)
        {
            parts[i] = StripPossessive(run[i].Text.ToLowerInvariant());
        }

        keys.Add("e:" + string.Join(' ', parts));
        if (count > 1)
        {
            for (int i = 0; i < count; i++)
            {
                if (run[i].IsCapitalised && parts[i].Length >= EntityKeyCues.MinNamePartChars)
                {
                    keys.Add("e:" + parts[i]);
                }
            }
        }
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
