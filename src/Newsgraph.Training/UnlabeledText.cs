using System.IO.Compression;
using System.Text;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Training;

/// <summary>
/// Unlabeled news-style text for the word classes, tokenised by the pipeline's own tokenizer so the
/// classes see tokens as tagging will: the 4,500 NGEC synthetic (LLM-written, fictional) news stories
/// (MIT). Their facts are invented, which does not matter for which words share contexts.
/// </summary>
internal static class UnlabeledText
{
    /// <summary>Tokens that end a sentence, for cutting stories into sentence-sized pieces.</summary>
    private static readonly HashSet<string> SentenceEnds = [".", "!", "?"];

    public static List<string[]> ReadNgecStories(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries[0].Open(), Encoding.UTF8);
        var sentences = new List<string[]>();
        var csv = new CsvReader(reader);
        bool header = true;
        while (csv.ReadRecord() is { } record)
        {
            if (header || record.Length < 2)
            {
                header = false;
                continue;
            }

            string text = record[1];
            var current = new List<string>();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                string word = text[token.Start..token.End];
                current.Add(word);
                if (SentenceEnds.Contains(word) || current.Count >= 200)
                {
                    sentences.Add([.. current]);
                    current.Clear();
                }
            }

            if (current.Count > 0)
            {
                sentences.Add([.. current]);
            }
        }

        return sentences;
    }
}
