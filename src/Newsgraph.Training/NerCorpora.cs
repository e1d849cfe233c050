using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>Readers for the NER corpora under shared/data, each returning sentences with entities of the learnt kinds.</summary>
internal static class NerCorpora
{
    public static List<NerSentence> ReadGmb(string zipPath, CorpusConventions conventions)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries[0].Open(), Encoding.Latin1);
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int index = 0;
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = CsvReader.SplitLine(line);
            if (fields.Length < 4)
            {
                continue;
            }

            if (fields[0].Length > 0 && tokens.Count > 0)
            {
                sentences.Add(Build("gmb", "gmb-" + (index / 100), tokens, tags, CorpusTagMap.Gmb, conventions.Gmb));
                index++;
                tokens.Clear();
                tags.Clear();
            }

            tokens.Add(fields[1]);
            tags.Add(fields[3]);
        }

        // The file is cut at Excel's row limit, so its last sentence may be partial: dropped.
        return sentences;
    }

    /// <summary>
    /// Gives every sentence its own document: for files of unrelated sentences without document
    /// markers (CrossNER), so document-level tagging does not join sentences of different articles.
    /// </summary>
    public static List<NerSentence> AsSeparateDocuments(List<NerSentence> sentences) =>
        [.. sentences.Select((s, i) => s with { Document = s.Document + "-s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })];

    /// <summary>CoNLL-style files: token and tag columns, blank line between sentences, -DOCSTART- between documents.</summary>
    public static List<NerSentence> ReadConll(string corpus, string path, int tokenColumn, int tagColumn, char separator, FrozenDictionary<string, EntityKind?> map, Func<string[], TaggedEntity, CleanedSpan>? clean = null)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int document = 0;
        string documentPrefix = corpus + "-" + Path.GetFileNameWithoutExtension(path) + "-";
        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(Build(corpus, documentPrefix + document, tokens, tags, map, clean));
                tokens.Clear();
                tags.Clear();
            }
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                // CoNLL-U style document boundary (UNER EWT): as -DOCSTART-.
                Flush();
                document++;
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (line.Length == 0)
                {
                    Flush();
                }

                continue;
            }

            string[] fields = line.Split(separator);
            if (fields[tokenColumn] == "-DOCSTART-")
            {
                Flush();
                document++;
                continue;
            }

            tokens.Add(fields[tokenColumn]);
            tags.Add(fields.Length > tagColumn ? fields[tagColumn].Trim() : "O");
        }

        Flush();
        return sentences;
    }

    private static NerSentence Build(string corpus, string document, List<string> tokens, List<string> tags, FrozenDictionary<string, EntityKind?> map, Func<string[], TaggedEntity, CleanedSpan>? clean)
    {
        string[] words = [.. tokens];
        var unknown = new bool[words.Length];
        var entities = new List<TaggedEntity>();
        var misc = new List<MiscSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool continues = tagType is not null && tag[0] == 'I' && tagType == type;
            if (!continues && type is not null)
            {
                Close(start, i, type);
                type = null;
            }

            if (!continues && tagType is not null)
            {
                start = i;
                type = tagType;
            }
        }

        void Close(int from, int to, string spanType)
        {
            if (CorpusTagMap.MiscTags.Contains(spanType))
            {
                misc.Add(new MiscSpan(from, to, CorpusTagMap.UnknownTags.Contains(spanType)));
                return;
            }

            if (map.TryGetValue(spanType, out var kind) && kind is { } learnt)
            {
                var entity = new TaggedEntity(from, to, learnt);
                var cleaned = clean is null ? CleanedSpan.Keep(entity) : clean(words, entity);
                entities.AddRange(cleaned.Entities);
                if (cleaned.Unknown)
                {
                    Array.Fill(unknown, true, from, to - from);
                }
            }
        }

        return new NerSentence(corpus, document, words, entities, unknown) { Misc = misc };
    }
}
