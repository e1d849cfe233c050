using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// A cheap stand-in for the entities stage: runs of capitalised words in the body ("Lindsay Lohan",
/// "Betty Ford Center") as <c>e:</c> keys — the full run and each of its parts, so a later bare
/// "Lohan" still matches — and figures ("6.1", "1967", "33") as <c>n:</c> keys. A lone capitalised
/// word that opens a sentence is skipped (it is capitalised for grammar, not because it is a name).
/// Headlines are title-cased, so the title is used only when the text is empty.
/// </summary>
public sealed class CapitalisedNameKeys : IEntityKeyExtractor
{
    public IReadOnlyList<string> Extract(string? title, string text)
    {
        string source = string.IsNullOrWhiteSpace(text) ? title ?? "" : text;
        var tokens = WordTokenizer.Tokenize(source);
        var keys = new List<string>();
        var run = new List<WordToken>();
        for (int i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : default;
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
