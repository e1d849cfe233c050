using Newsgraph.Core.Documents;
using Newsgraph.Language.Detection;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;
using Newsgraph.TestSupport;

namespace Newsgraph.Language.Tests.Stage;

/// <summary>The founding example in ../shared/seed. Each test returns early when that folder is absent.</summary>
public sealed class SeedArticleTests
{
    private static string? SeedText()
    {
        if (RepoPaths.Shared is null)
        {
            // ../shared is not on this machine; nothing to check against.
            return null;
        }

        return File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "000_21bbfc0d75dd26d7.txt"));
    }

    private static IReadOnlyList<string> Sentences(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text).AsSpan()).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Seed_token_offsets_round_trip()
    {
        if (SeedText() is not { } text)
        {
            return;
        }

        var tokens = Tokenizer.Tokenize(text);

        Tokens.TokenizerTests.AssertWellFormed(text, tokens);
        Assert.All(tokens, t => Assert.Equal(text.Substring(t.Start, t.Length), text[t.Start..t.End]));
        Assert.True(tokens.Length > 500);
    }

    [Theory]
    [InlineData("Kim Jong-un will reportedly", "Kim | Jong-un | will | reportedly")]
    [InlineData("North Korea’s Kim", "North | Korea | ’s | Kim")]
    [InlineData("according to U.S. and allied officials.", "according | to | U.S. | and | allied | officials | .")]
    [InlineData("from September 10–13.", "from | September | 10–13 | .")]
    [InlineData("nuclear-powered submarine", "nuclear-powered | submarine")]
    [InlineData("writes from Washington, D.C. His", "writes | from | Washington | , | D.C. | His")]
    [InlineData("understand strength.”", "understand | strength | . | ”")]
    public void Seed_phrases_tokenise_as_expected(string phrase, string expected)
    {
        if (SeedText() is not { } text)
        {
            return;
        }

        Assert.Contains(phrase, text, StringComparison.Ordinal);
        Assert.Equal(expected, TokenText.Of(phrase));
    }

    [Theory]
    [InlineData("News")]
    [InlineData("World")]
    [InlineData("Kim Jong-un to Meet in Russia with Vladimir Putin amid Ukraine War")]
    [InlineData("Kim will travel in an armored train to Russia, where he will discuss with Putin the possibility of providing military equipment, such as artillery shells and antitank missiles, in exchange for advanced technology and food aid, according to U.S. and allied officials.")]
    [InlineData("The meeting between the two leaders is expected to be held at the Eastern Economic Forum in Vladivostok next week, from September 10–13.")]
    [InlineData("“Biden has been too weak and Trump was too friendly, even praising Kim Jong Un.")]
    [InlineData("Dictators only understand strength.”")]
    [InlineData("Originally from New Jersey, he is a graduate of Grove City College and currently writes from Washington, D.C.")]
    [InlineData("His writing has appeared in the Washington Examiner, the Western Journal, Upward News, and the College Fix.")]
    public void Seed_sentences_come_out_whole(string sentence)
    {
        if (SeedText() is not { } text)
        {
            return;
        }

        Assert.Contains(sentence, Sentences(text));
    }

    [Fact]
    public void Seed_quote_with_bracketed_insertion_stays_one_sentence()
    {
        if (SeedText() is not { } text)
        {
            return;
        }

        var sentence = Assert.Single(Sentences(text), s => s.Contains("[Democratic People’s Republic of Korea]", StringComparison.Ordinal));
        Assert.StartsWith("“We urge", sentence, StringComparison.Ordinal);
        Assert.EndsWith("she said in a statement.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_reads_as_English()
    {
        if (SeedText() is not { } text)
        {
            return;
        }

        Assert.True(EnglishGate.Decide(text, null).IsEnglish);
    }
}
