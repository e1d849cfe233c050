using System.Collections.Frozen;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Reads GUM CoNLL-U (entities in MISC <c>Entity=(id-type-…</c> brackets) as named-entity
/// sentences. GUM marks every mention (named, nominal, pronominal) as a full noun phrase; news NER
/// (CoNLL/OntoNotes) marks names only, without determiners or titles. So a mention counts when its
/// syntactic head is a proper noun, and its span is cut down to the name (see <see cref="NameSpan"/>).
/// </summary>
internal static class GumCorpus
{
    /// <summary>GUM entity types that are learnt kinds; every other type with a proper-noun head (events, works, laws…) is the tagger's MISC kind.</summary>
    public static readonly FrozenDictionary<string, EntityKind> KindByType = new Dictionary<string, EntityKind>
    {
        ["person"] = EntityKind.Person, ["organization"] = EntityKind.Org, ["place"] = EntityKind.Loc,
    }.ToFrozenDictionary();

    /// <summary>Types that are never names in the CoNLL sense even with a proper-noun head ("Tuesday", "March").</summary>
    public static readonly FrozenSet<string> NeverNamed = FrozenSet.ToFrozenSet(["time"]);

    /// <summary>Punctuation that ends a name inside a longer mention ("University of Portsmouth, United Kingdom"; "Paris (France)").</summary>
    public static readonly FrozenSet<string> NameBreaks = FrozenSet.ToFrozenSet([",", "(", "-LRB-", ";", ":", "–", "—", "\"", "in", "at", "from", "on", "near", "who", "which", "that"]);

    /// <summary>A coordination inside a person mention joins two people ("Carrano and Biewener"); organisation names may hold "and".</summary>
    /// <summary>
    /// Heads of person mentions that describe rather than name ("the Secretary", "Emperor of these
    /// United States", "Fellow of the Royal Society"): the CoNLL convention marks no name there, so the
    /// mention gets no training signal. Titles the conversion strips before a name are included.
    /// </summary>
    public static readonly FrozenSet<string> PersonDescriptions = FrozenSet.ToFrozenSet(
        [.. CorpusTagMap.GmbPersonTitles, "emperor", "empress", "fellow", "protector", "justice", "solicitor", "attorney"], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PersonBreaks = FrozenSet.ToFrozenSet(["and", "&"]);

    private sealed record Token(string Form, string Upos, string Xpos, int Head);

    private sealed record Mention(int Start, int End, string Type);

    public static List<NerSentence> Read(string folder)
    {
        var sentences = new List<NerSentence>();
        foreach (string path in Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
        {
            string document = "gum-" + Path.GetFileNameWithoutExtension(path);
            var tokens = new List<Token>();
            var mentions = new List<Mention>();
            var open = new Dictionary<string, Stack<(int Start, string Type)>>();
            foreach (string line in File.ReadLines(path).Append(string.Empty))
            {
                if (line.Length == 0)
                {
                    if (tokens.Count > 0)
                    {
                        sentences.Add(Build(document, tokens, mentions));
                    }

                    tokens.Clear();
                    mentions.Clear();
                    open.Clear();
                    continue;
                }

                if (line.StartsWith('#'))
                {
                    continue;
                }

                string[] fields = line.Split('\t');
                if (fields.Length < 10 || !int.TryParse(fields[0], out _))
                {
                    continue; // multiword ranges (1-2) and empty nodes (1.1)
                }

                int index = tokens.Count;
                tokens.Add(new Token(fields[1], fields[3], fields[4], int.TryParse(fields[6], out int head) ? head - 1 : -1));
                foreach (string misc in fields[9].Split('|'))
                {
                    if (misc.StartsWith("Entity=", StringComparison.Ordinal))
                    {
                        ParseBrackets(misc["Entity=".Length..], index, open, mentions);
                    }
                }
            }
        }

        return sentences;
    }

    private static void ParseBrackets(string value, int index, Dictionary<string, Stack<(int, string)>> open, List<Mention> mentions)
    {
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                int end = value.IndexOfAny(['(', ')'], i + 1);
                if (end < 0)
                {
                    end = value.Length;
                }

                string[] parts = value[(i + 1)..end].Split('-');
                string id = parts[0];
                string type = parts.Length > 1 ? parts[1] : string.Empty;
                if (end < value.Length && value[end] == ')')
                {
                    mentions.Add(new Mention(index, index + 1, type));
                    i = end + 1;
                }
                else
                {
                    if (!open.TryGetValue(id, out var stack))
                    {
                        open[id] = stack = new Stack<(int, string)>();
                    }

                    stack.Push((index, type));
                    i = end;
                }
            }
            else
            {
                int end = value.IndexOf(')', i);
                if (end < 0)
                {
                    return;
                }

                string id = value[i..end];
                if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                {
                    var (start, type) = stack.Pop();
                    mentions.Add(new Mention(start, index + 1, type));
                }

                i = end + 1;
            }
        }
    }

    private static NerSentence Build(string document, List<Token> tokens, List<Mention> mentions)
    {
        string[] words = [.. tokens.Select(t => t.Form)];
        var taken = new bool[words.Length];
        var unknown = new bool[words.Length];
        var entities = new List<TaggedEntity>();
        var misc = new List<MiscSpan>();

        // Outermost mentions first: a name inside a longer name ("Portsmouth" in "University of Portsmouth") is part of it.
        foreach (var mention in mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (NeverNamed.Contains(mention.Type) || !HasProperHead(tokens, mention))
            {
                continue;
            }

            var (start, end) = NameSpan(tokens, mention, KindByType.TryGetValue(mention.Type, out var k) && k == EntityKind.Person);
            if (start >= end || taken.AsSpan(start, end - start).Contains(true))
            {
                continue;
            }

            Array.Fill(taken, true, start, end - start);
            bool demonymGroup = end - start == 1 && tokens[start].Xpos == "NNPS" && mention.Type == "person";
            bool titleOnly = mention.Type == "person" && PersonDescriptions.Contains(words[start]);
            if (KindByType.TryGetValue(mention.Type, out var kind) && !demonymGroup && !titleOnly)
            {
                entities.Add(new TaggedEntity(start, end, kind));
            }
            else if (demonymGroup || titleOnly)
            {
                // "Americans" (a person group) is NORP or MISC in news NER; "the Secretary" is no name: no signal either way.
                Array.Fill(unknown, true, start, end - start);
            }
            else
            {
                // Events, works, laws, objects with a proper-noun head: CoNLL MISC.
                misc.Add(new MiscSpan(start, end, UnknownWithoutMisc: true));
            }
        }

        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        misc.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerSentence("gum", document, words, entities, unknown) { Misc = misc };
    }

    private static bool HasProperHead(List<Token> tokens, Mention mention)
    {
        for (int i = mention.Start; i < mention.End; i++)
        {
            int head = tokens[i].Head;
            if (head < mention.Start || head >= mention.End)
            {
                return tokens[i].Upos == "PROPN";
            }
        }

        return false;
    }

    /// <summary>
    /// The name inside a mention: leading determiners, lower-case modifiers and (for people) titles
    /// dropped ("the former President Barack Obama" → "Barack Obama"), cut at the first appositive
    /// comma or bracket, trailing lower-case words and possessive 's dropped.
    /// </summary>
    private static (int Start, int End) NameSpan(List<Token> tokens, Mention mention, bool person)
    {
        int start = mention.Start;
        while (start < mention.End && (!WordShape.StartsUpper(tokens[start].Form) || CorpusTagMap.LeadingDeterminers.Contains(tokens[start].Form)
            || (person && PersonDescriptions.Contains(tokens[start].Form) && start + 1 < mention.End && WordShape.StartsUpper(tokens[start + 1].Form))))
        {
            start++;
        }

        int end = start;
        while (end < mention.End && !NameBreaks.Contains(tokens[end].Form) && !(person && PersonBreaks.Contains(tokens[end].Form)))
        {
            end++;
        }

        while (end > start && !WordShape.StartsUpper(tokens[end - 1].Form) && !char.IsDigit(tokens[end - 1].Form[0]))
        {
            end--;
        }

        return (start, end);
    }
}
