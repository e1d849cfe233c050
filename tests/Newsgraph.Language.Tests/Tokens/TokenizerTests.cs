using Newsgraph.Core.Documents;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language.Tests.Tokens;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("the U.S. and the U.K. agreed", "the | U.S. | and | the | U.K. | agreed")]
    [InlineData("in Washington, D.C. on Monday", "in | Washington | , | D.C. | on | Monday")]
    [InlineData("Sen. Warren and Gov. Newsom", "Sen. | Warren | and | Gov. | Newsom")]
    [InlineData("Dr. Smith met Mr. Jones", "Dr. | Smith | met | Mr. | Jones")]
    [InlineData("on Sept. 5 and Jan. 6", "on | Sept. | 5 | and | Jan. | 6")]
    [InlineData("at 10 a.m. today, e.g. now", "at | 10 | a.m. | today | , | e.g. | now")]
    [InlineData("a Ph.D. student", "a | Ph.D. | student")]
    [InlineData("Acme Inc. said", "Acme | Inc. | said")]
    [InlineData("a U.S.-led coalition", "a | U.S.-led | coalition")]
    [InlineData("McConnell, R-Ky., objected", "McConnell | , | R-Ky. | , | objected")]
    [InlineData("Noem (R-S.D.) and Rep. Ocasio-Cortez (D-N.Y.)", "Noem | ( | R-S.D. | ) | and | Rep. | Ocasio-Cortez | ( | D-N.Y. | )")]
    [InlineData("non-U.S. banks", "non-U.S. | banks")]
    [InlineData("Kim Jong-un. He", "Kim | Jong-un | . | He")]
    public void Keeps_abbreviation_periods_on_the_word(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("J. R. R. Tolkien", "J. | R. | R. | Tolkien")]
    [InlineData("John F. Kennedy", "John | F. | Kennedy")]
    [InlineData("J.R.R. Tolkien", "J.R.R. | Tolkien")]
    public void Keeps_initials_whole(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("No. 1 seed", "No. | 1 | seed")]
    [InlineData("He said No. Then", "He | said | No | . | Then")]
    [InlineData("it ended. Then", "it | ended | . | Then")]
    [InlineData("in 2022.", "in | 2022 | .")]
    public void Keeps_ordinary_periods_apart(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("it was reported.Kim will go", "it | was | reported | . | Kim | will | go")]
    [InlineData("see nationalreview.com now", "see | nationalreview.com | now")]
    [InlineData("uses Node.js and ID.3", "uses | Node.js | and | ID.3")]
    [InlineData("etc.The", "etc. | The")]
    public void Splits_a_sentence_end_that_lost_its_space_but_not_dotted_names(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData("1,000,000", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("$310", TokenKind.Number)]
    [InlineData("€2.5bn", TokenKind.Number)]
    [InlineData("20%", TokenKind.Number)]
    [InlineData("2023-09-05", TokenKind.Number)]
    [InlineData("10–13", TokenKind.Number)]
    [InlineData("10:30", TokenKind.Number)]
    [InlineData("9/11", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Number)]
    [InlineData("’90s", TokenKind.Number)]
    [InlineData("-5", TokenKind.Number)]
    [InlineData("COVID-19", TokenKind.Word)]
    [InlineData("19-year-old", TokenKind.Word)]
    public void Reads_numbers_with_their_separators_as_one_token(string text, TokenKind kind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal((0, text.Length, kind), (token.Start, token.End, token.Kind));
    }

    [Theory]
    [InlineData("from September 10–13.", "from | September | 10–13 | .")]
    [InlineData("cost $310, or 20%.", "cost | $310 | , | or | 20% | .")]
    [InlineData("1, 2, 3", "1 | , | 2 | , | 3")]
    public void Numbers_keep_apart_from_punctuation(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("don't", "do | n't")]
    [InlineData("can't", "ca | n't")]
    [InlineData("Russia's war", "Russia | 's | war")]
    [InlineData("Russia’s war", "Russia | ’s | war")]
    [InlineData("they're", "they | 're")]
    [InlineData("I've", "I | 've")]
    [InlineData("we'll", "we | 'll")]
    [InlineData("O'Brien's", "O'Brien | 's")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("Kim Jong-un’s visit", "Kim | Jong-un | ’s | visit")]
    public void Splits_clitics_from_their_host(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Fact]
    public void Marks_clitics()
    {
        var tokens = Tokenizer.Tokenize("Russia’s");
        Assert.Equal([TokenKind.Word, TokenKind.Clitic], tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim | Jong-un")]
    [InlineData("nuclear-powered submarine", "nuclear-powered | submarine")]
    [InlineData("North Korea-Russia meeting", "North | Korea-Russia | meeting")]
    [InlineData("pre- and post-war", "pre | - | and | post-war")]
    public void Keeps_hyphenated_words_whole(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("war—and peace", "war | — | and | peace")]
    [InlineData("war – and peace", "war | – | and | peace")]
    [InlineData("war -- and peace", "war | -- | and | peace")]
    [InlineData("Paris—Reuters", "Paris | — | Reuters")]
    public void Makes_dashes_separate_tokens(string text, string expected)
    {
        Assert.Equal(expected, TokenText.Of(text));
        var dash = Assert.Single(Tokenizer.Tokenize(text), t => !char.IsLetter(text[t.Start]));
        Assert.Equal(TokenKind.Dash, dash.Kind);
    }

    [Theory]
    [InlineData("“We urge,” she said", "“ | We | urge | , | ” | she | said")]
    [InlineData("\"Go,\" he said", "\" | Go | , | \" | he | said")]
    [InlineData("the ‘deal’ is", "the | ‘ | deal | ’ | is")]
    [InlineData("«Non»", "« | Non | »")]
    [InlineData("strength.”", "strength | . | ”")]
    public void Makes_quotes_separate_tokens(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("see https://example.com/a/b?c=1.", "see | https://example.com/a/b?c=1 | .", 1, TokenKind.Url)]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar))", "( | see | https://en.wikipedia.org/wiki/Foo_(bar) | )", 2, TokenKind.Url)]
    [InlineData("at www.example.org,", "at | www.example.org | ,", 1, TokenKind.Url)]
    [InlineData("mail tips@example.com.", "mail | tips@example.com | .", 1, TokenKind.Email)]
    [InlineData("(john.doe+news@mail.example.co.uk)", "( | john.doe+news@mail.example.co.uk | )", 1, TokenKind.Email)]
    [InlineData("follow @NRO now", "follow | @NRO | now", 1, TokenKind.Handle)]
    [InlineData("tag #Ukraine2023!", "tag | #Ukraine2023 | !", 1, TokenKind.Hashtag)]
    public void Reads_web_addresses_and_social_tags(string text, string expected, int index, TokenKind kind)
    {
        Assert.Equal(expected, TokenText.Of(text));
        Assert.Equal(kind, Tokenizer.Tokenize(text)[index].Kind);
    }

    [Fact]
    public void Number_sign_without_letters_is_not_a_hashtag() =>
        Assert.Equal("the | # | 1 | seed", TokenText.Of("the #1 seed"));

    [Theory]
    [InlineData("wait... what", "wait | ... | what")]
    [InlineData("wait… what", "wait | … | what")]
    [InlineData("really?! yes", "really | ?! | yes")]
    public void Reads_ellipses_and_punctuation_runs_as_one_token(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("東京都", "東 | 京 | 都")]
    [InlineData("カタカナとひらがな", "カタカナとひらがな")]
    [InlineData("Tokyo (東京) is", "Tokyo | ( | 東 | 京 | ) | is")]
    [InlineData("서울 특별시", "서울 | 특별시")]
    [InlineData("𠀋𠀋", "𠀋 | 𠀋")]
    public void Gives_CJK_text_tokens_of_its_own(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("great 👍🏽 work", "great | 👍🏽 | work")]
    [InlineData("👩‍💻 coder", "👩‍💻 | coder")]
    [InlineData("go 🇺🇸🇬🇧!", "go | 🇺🇸 | 🇬🇧 | !")]
    [InlineData("café naïve", "café | naïve")]
    [InlineData("news\u00ADpaper", "news\u00ADpaper")]
    [InlineData("a\u200Bb", "a | b")]
    [InlineData("a \u00AD b", "a | b")]
    public void Handles_emoji_accents_and_invisible_characters(string text, string expected) =>
        Assert.Equal(expected, TokenText.Of(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\uD83D")]
    [InlineData("...")]
    [InlineData("'")]
    [InlineData("@")]
    [InlineData("#")]
    [InlineData("$")]
    [InlineData("-")]
    [InlineData("a@b")]
    [InlineData("@@@@")]
    [InlineData("http://")]
    [InlineData("U.S.-")]
    [InlineData("don'")]
    [InlineData("'s")]
    public void Never_throws_and_covers_only_real_characters(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        AssertWellFormed(text, tokens);
    }

    [Fact]
    public void Offsets_round_trip_for_every_token()
    {
        const string text = "“The North Korea-Russia meeting is another sign,” Haley posted to X on Sept. 5, 2023. " +
            "U.S. officials—citing $310m in aid (20% more)—don't agree… See https://x.example/a?b=1 or mail a.b@example.com #tag @handle 東京.";
        var tokens = Tokenizer.Tokenize(text);

        AssertWellFormed(text, tokens);
        foreach (var token in tokens)
        {
            Assert.Equal(token.TextOf(text), text[token.Start..token.End]);
            Assert.False(string.IsNullOrWhiteSpace(token.TextOf(text)));
        }
    }

    [Fact]
    public void Covers_every_visible_character()
    {
        const string text = "A b, c. “D” e—f 1,000 don't U.S.";
        var tokens = Tokenizer.Tokenize(text);
        var covered = new bool[text.Length];
        foreach (var token in tokens)
        {
            for (int k = token.Start; k < token.End; k++)
            {
                covered[k] = true;
            }
        }

        for (int k = 0; k < text.Length; k++)
        {
            Assert.True(covered[k] || char.IsWhiteSpace(text[k]), $"character {k} '{text[k]}' has no token");
        }
    }

    /// <summary>
    /// Generous, because the test machine may be busy: linear work on 5 MB takes well under a second,
    /// quadratic work would take hours, so any bound in between tells them apart.
    /// </summary>
    private static readonly TimeSpan LinearTimeBound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    [InlineData('@')]
    [InlineData('東')]
    public void Tokenises_a_five_megabyte_run_of_one_character_in_linear_time(char c)
    {
        string text = new(c, 5_000_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        watch.Stop();

        AssertWellFormed(text, tokens);
        Assert.True(watch.Elapsed < LinearTimeBound, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Tokenises_five_megabytes_of_alternating_word_and_separator_characters_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("a.a-a,1,1'a@a/", 350_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        watch.Stop();

        AssertWellFormed(text, tokens);
        Assert.True(watch.Elapsed < LinearTimeBound, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string text = string.Concat(Enumerable.Repeat("word ", 100_000));

        Assert.ThrowsAny<OperationCanceledException>(() => Tokenizer.Tokenize(text, cancelled.Token));
    }

    internal static void AssertWellFormed(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            // Checked by hand, not with Assert.True(…, message): millions of tokens must not format millions of messages.
            bool ordered = token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length;
            bool splitsPair = token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]);
            if (!ordered || splitsPair)
            {
                Assert.Fail($"bad token {token} after offset {previousEnd}");
            }

            previousEnd = token.End;
        }
    }
}
