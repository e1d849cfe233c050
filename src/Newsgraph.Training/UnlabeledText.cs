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
        bool header = true;
        foreach (var record in CsvRecords(reader))
        {
            if (header || record.Count < 2)
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

    /// <summary>RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks).</summary>
    private static IEnumerable<List<string>> CsvRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
