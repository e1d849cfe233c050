using System.Text;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Tests.Ingest;

/// <summary>
/// The ingest worker computes an article's content hash, entity keys, duplicate fingerprint and
/// clustering terms in one pass (<see cref="CorpusIndexes.TextKeys"/>); stored rows, duplicate
/// groups and stories depend on these values, so they must equal what each computation gives on
/// its own, and the faster fold and MinHash must equal the plain ones they replaced.
/// </summary>
public sealed class TextKeysTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void One_pass_gives_what_each_computation_gives_alone(int seed)
    {
        var random = new Random(seed);
        string text = RandomText(random, random.Next(0, 600));
        string? title = random.Next(4) == 0 ? null : RandomText(random, random.Next(0, 12));
        var indexes = new CorpusIndexes(IngestOptions.Default);

        var keys = indexes.TextKeys(title, text);

        var entityKeys = new CapitalisedNameKeys().Extract(title, text);
        Assert.Equal(entityKeys, keys.EntityKeys);
        Assert.Equal(ContentHash.Of(text), keys.ContentHash);
        if (string.IsNullOrWhiteSpace(text))
        {
            Assert.Null(keys.Fingerprint);
            Assert.Null(keys.ClusterTerms);
            return;
        }

        var fingerprint = new NearDuplicateIndex().Fingerprint(text);
        Assert.Equal(fingerprint.ExactKey, keys.Fingerprint!.ExactKey);
        Assert.Equal(fingerprint.Signature, keys.Fingerprint.Signature);
        var terms = StoryClusterer.Count(new ClusterArticle("", text, title, null, entityKeys));
        Assert.Equal(terms.Words.OrderBy(p => p.Key, StringComparer.Ordinal), keys.ClusterTerms!.Words.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(terms.Entities.OrderBy(p => p.Key, StringComparer.Ordinal), keys.ClusterTerms.Entities.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Without_stories_no_clustering_terms_are_counted()
    {
        var keys = new CorpusIndexes(IngestOptions.Default with { Cluster = false }).TextKeys("Title", "Some text about Lisbon.");
        Assert.Null(keys.ClusterTerms);
        Assert.NotNull(keys.Fingerprint);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_stories_the_hash_and_fingerprint_are_the_same_and_no_entity_keys_are_extracted(int seed)
    {
        var random = new Random(seed);
        string text = RandomText(random, random.Next(0, 600));
        var with = new CorpusIndexes(IngestOptions.Default).TextKeys("Anna Berg in Lisbon", text);
        var without = new CorpusIndexes(IngestOptions.Default with { Cluster = false }).TextKeys("Anna Berg in Lisbon", text);

        // the entity keys are the clusterer's alone (stored only for articles it holds)
        Assert.Empty(without.EntityKeys);
        Assert.Equal(with.ContentHash, without.ContentHash);
        Assert.Equal(with.Fingerprint?.ExactKey, without.Fingerprint?.ExactKey);
        Assert.Equal(with.Fingerprint?.Signature, without.Fingerprint?.Signature);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_fold_and_the_signature_equal_the_plain_computations(int seed)
    {
        var random = new Random(seed);
        string text = RandomText(random, random.Next(0, 800));
        string normalized = TextNormalizer.Normalize(text);
        Assert.Equal(PlainNormalize(text), normalized);

        var hasher = new MinHasher(64, 5);
        var words = MinHasher.WordHashes(normalized);
        Assert.Equal(normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StableHash.Of(w)), words);
        Assert.Equal(PlainSignature(words, 64, 5), hasher.Signature(words));
        // a signature length that is not a multiple of the vector width runs the scalar tail too
        Assert.Equal(PlainSignature(words, 13, 3), new MinHasher(13, 3).Signature(words));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clustering_terms_equal_the_plain_count_in_first_appearance_order(int seed)
    {
        var random = new Random(seed);
        string text = RandomText(random, random.Next(0, 800)) + " Supercalifragilisticexpialidociouslyextraordinarilylongwordthatpassessixtyfourchars's";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        TextTerms.AddTerms(text, 2, counts);
        // the clusterer interns terms in the dictionary's order: the order must be the same too
        Assert.Equal(PlainTerms(text, 2), [.. counts]);
    }

    /// <summary>Words, names, figures, punctuation, line breaks and non-ASCII letters.</summary>
    private static string RandomText(Random random, int words)
    {
        string[] vocabulary =
        [
            "the", "minister", "said", "Lisbon", "Anna", "Berg", "Co-Worker", "Lohan's", "6.1", "1,300", "of", "and",
            "quake", "Quake", "ÉCOLE", "naïve", "Straße", "İstanbul", "résumé", "cables", "cable", "news", "bus",
            "U.S.", "2023", "of", "van", "der", "Meer", "Ministers", "“quoted”", "—", "it's", "’s", "a",
        ];
        string[] separators = [" ", " ", " ", ", ", ". ", "! ", "\n", " - ", ": ", "  ", "\t", "|", " • "];
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            sb.Append(vocabulary[random.Next(vocabulary.Length)]);
            sb.Append(separators[random.Next(separators.Length)]);
        }

        return sb.ToString();
    }

    private static List<KeyValuePair<string, int>> PlainTerms(string text, int repeat)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.IsNumber || token.Text.Length < 3)
            {
                continue;
            }

            string word = token.Text.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }
            else if (word.Length > 4 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i')
            {
                word = word[..^1];
            }

            if (word.Length < 3 || StopWords.Words.Contains(word))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + repeat;
        }

        return [.. counts];
    }

    private static string PlainNormalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    private static uint[] PlainSignature(ulong[] words, int length, int shingleWords)
    {
        var mins = Enumerable.Repeat(ulong.MaxValue, length).ToArray();
        int count = Math.Max(1, words.Length - shingleWords + 1);
        for (int start = 0; start < count; start++)
        {
            ulong shingle = 0;
            for (int w = start; w < Math.Min(words.Length, start + shingleWords); w++)
            {
                shingle = StableHash.Combine(shingle, words[w]);
            }

            for (int k = 0; k < length; k++)
            {
                mins[k] = Math.Min(mins[k], StableHash.Mix(shingle ^ StableHash.Mix(0x5EED0000UL + (ulong)k)));
            }
        }

        return [.. mins.Select(m => (uint)m)];
    }
}
