using Newsgraph.Entities.Accurate;

namespace Newsgraph.Entities.Accurate.Tests;

public sealed class WordPieceTests
{
    private static readonly WordPieceVocabulary Vocabulary = MiniLmEncoder.ReadVocabulary();

    [Fact]
    public void The_package_vocabulary_is_bert_uncased()
    {
        Assert.Equal(30522, Vocabulary.Count);
        var pieces = new List<int>();
        Vocabulary.AddPieces("Kirby", pieces);
        var lower = new List<int>();
        Vocabulary.AddPieces("kirby", lower);
        Assert.Equal(lower, pieces);
        Assert.DoesNotContain(Vocabulary.Unknown, pieces);
    }

    [Fact]
    public void Accents_are_stripped_and_punctuation_split_off()
    {
        var accented = new List<int>();
        Vocabulary.AddPieces("Zelenskyy's", accented);
        Assert.True(accented.Count >= 3);
        var plain = new List<int>();
        Vocabulary.AddPieces("São", plain);
        var ascii = new List<int>();
        Vocabulary.AddPieces("sao", ascii);
        Assert.Equal(ascii, plain);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0007")]
    [InlineData("\u202Eabc")]
    [InlineData("\uD800")]
    [InlineData("北朝鮮")]
    public void Odd_tokens_give_between_one_and_the_capped_number_of_pieces(string token)
    {
        var pieces = new List<int>();
        Vocabulary.AddPieces(token, pieces);
        Assert.InRange(pieces.Count, 1, WordPieceVocabulary.MaxPiecesPerWord);
    }

    [Fact]
    public void A_one_megabyte_token_costs_a_capped_number_of_pieces()
    {
        var pieces = new List<int>();
        Vocabulary.AddPieces(string.Concat(Enumerable.Repeat("abc.def-", 131_072)), pieces);
        Assert.InRange(pieces.Count, 1, WordPieceVocabulary.MaxPiecesPerWord);
    }

    [Fact]
    public void Windows_of_100000_tokens_cover_each_token_once_within_the_length_bound()
    {
        var random = new Random(5);
        var offsets = new int[100_001];
        for (int i = 1; i < offsets.Length; i++)
        {
            offsets[i] = offsets[i - 1] + random.Next(1, WordPieceVocabulary.MaxPiecesPerWord + 1);
        }

        var windows = AccurateFeatures.Cut(offsets);
        int next = 0;
        foreach (var (left, core, coreEnd, right) in windows)
        {
            Assert.Equal(next, core);
            Assert.True(coreEnd > core && left <= core && right >= coreEnd);
            Assert.True(offsets[right] - offsets[left] <= AccurateFeatures.CorePieces + (2 * AccurateFeatures.ContextPieces));
            next = coreEnd;
        }

        Assert.Equal(100_000, next);
    }
}
