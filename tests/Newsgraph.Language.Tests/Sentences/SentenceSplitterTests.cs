using Newsgraph.Core.Documents;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("He left. She stayed.", new[] { "He left.", "She stayed." })]
    [InlineData("Did he leave? Yes! He did.", new[] { "Did he leave?", "Yes!", "He did." })]
    [InlineData("Really?! Yes.", new[] { "Really?!", "Yes." })]
    [InlineData("It grew in 2022. 2023 was worse.", new[] { "It grew in 2022.", "2023 was worse." })]
    [InlineData("No sentence end here", new[] { "No sentence end here" })]
    [InlineData("It was reported.Kim will go.", new[] { "It was reported.", "Kim will go." })]
    public void Splits_at_sentence_final_punctuation(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Theory]
    [InlineData("The U.S. Navy said so. It left.", new[] { "The U.S. Navy said so.", "It left." })]
    [InlineData("Sen. Warren and Gov. Newsom spoke. They agreed.", new[] { "Sen. Warren and Gov. Newsom spoke.", "They agreed." })]
    [InlineData("Dr. Smith met Mr. Jones on Sept. 5 at 10 a.m. on Tuesday.", new[] { "Dr. Smith met Mr. Jones on Sept. 5 at 10 a.m. on Tuesday." })]
    [InlineData("Acme Inc. Chief Executive Jane Doe resigned.", new[] { "Acme Inc. Chief Executive Jane Doe resigned." })]
    [InlineData("She sold it to Acme Inc. The deal closed.", new[] { "She sold it to Acme Inc.", "The deal closed." })]
    [InlineData("He moved to the U.S. In 2020 he left.", new[] { "He moved to the U.S.", "In 2020 he left." })]
    [InlineData("Washington, D.C. Mayor Muriel Bowser spoke.", new[] { "Washington, D.C. Mayor Muriel Bowser spoke." })]
    [InlineData("It is No. 1 in the polls.", new[] { "It is No. 1 in the polls." })]
    [InlineData("Sen. Mitch McConnell, R-Ky., objected. Others agreed.", new[] { "Sen. Mitch McConnell, R-Ky., objected.", "Others agreed." })]
    [InlineData("The bill came from Sen. Rand Paul, R-Ky. The vote is Monday.", new[] { "The bill came from Sen. Rand Paul, R-Ky.", "The vote is Monday." })]
    public void Does_not_split_after_abbreviations_unless_a_sentence_clearly_starts(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Theory]
    [InlineData("J. R. R. Tolkien wrote it. John F. Kennedy read it.", new[] { "J. R. R. Tolkien wrote it.", "John F. Kennedy read it." })]
    [InlineData("They chose Plan B. The rest followed.", new[] { "They chose Plan B.", "The rest followed." })]
    public void Does_not_split_after_initials(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Theory]
    [InlineData("He was sent to Harrow in 1801.[6] He left in 1805. [7] Then he went on.", new[] { "He was sent to Harrow in 1801.[6]", "He left in 1805. [7]", "Then he went on." })]
    [InlineData("1. Buy the tickets early\n\n2. Arrive on time", new[] { "1. Buy the tickets early", "2. Arrive on time" })]
    [InlineData("2.1. Background of the case", new[] { "2.1. Background of the case" })]
    [InlineData("He was born (c. 1818) in London.", new[] { "He was born (c. 1818) in London." })]
    public void Keeps_reference_marks_list_numbers_and_circa_inside_their_sentence(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Theory]
    [InlineData("Prices rose 3.5 percent. Wages did not.", new[] { "Prices rose 3.5 percent.", "Wages did not." })]
    [InlineData("It cost $1,000.50 in all. Fine.", new[] { "It cost $1,000.50 in all.", "Fine." })]
    public void Does_not_split_decimals(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Theory]
    [InlineData("“Dictators only understand strength.” Haley said.", new[] { "“Dictators only understand strength.”", "Haley said." })]
    [InlineData("“Stop!” he shouted. Nobody did.", new[] { "“Stop!” he shouted.", "Nobody did." })]
    [InlineData("He said \"Go.\" Then he left.", new[] { "He said \"Go.\"", "Then he left." })]
    [InlineData("He left. \"We will win,\" she said.", new[] { "He left.", "\"We will win,\" she said." })]
    [InlineData("(He left.) She stayed.", new[] { "(He left.)", "She stayed." })]
    [InlineData("It was based in the U.S.” She left.", new[] { "It was based in the U.S.”", "She left." })]
    public void Keeps_closing_quotes_and_brackets_with_their_sentence(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Fact]
    public void Splits_inside_a_quotation_that_spans_sentences()
    {
        const string text = "“Biden has been too weak. Dictators only understand strength,” Haley said.";

        Assert.Equal(["“Biden has been too weak.", "Dictators only understand strength,” Haley said."], SentenceText.Of(text));
    }

    [Theory]
    [InlineData("He paused... Then he spoke.", new[] { "He paused...", "Then he spoke." })]
    [InlineData("the plan … was dropped.", new[] { "the plan … was dropped." })]
    [InlineData("He paused … and went on.", new[] { "He paused … and went on." })]
    public void Splits_at_an_ellipsis_only_before_a_capital(string text, string[] expected) =>
        Assert.Equal(expected, SentenceText.Of(text));

    [Fact]
    public void Never_crosses_a_block()
    {
        const string text = "Headline without a period\n\nFirst paragraph goes on\nover two lines. Second sentence";
        var blocks = new[] { new Block(BlockKind.Heading, 0, 25), new Block(BlockKind.Paragraph, 27, text.Length) };

        Assert.Equal(
            ["Headline without a period", "First paragraph goes on\nover two lines.", "Second sentence"],
            SentenceText.Of(text, blocks));
    }

    [Fact]
    public void Ends_a_sentence_at_a_block_boundary_even_without_a_blank_line()
    {
        const string text = "Item one\nItem two";
        var blocks = new[] { new Block(BlockKind.ListItem, 0, 8), new Block(BlockKind.ListItem, 9, 17) };

        Assert.Equal(["Item one", "Item two"], SentenceText.Of(text, blocks));
    }

    [Fact]
    public void Ends_a_sentence_at_a_blank_line_when_there_are_no_blocks()
    {
        Assert.Equal(["News", "World", "Kim to meet Putin"], SentenceText.Of("News\n\nWorld\r\n\r\nKim to meet Putin"));
    }

    [Fact]
    public void Caps_sentence_length_on_text_without_punctuation()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", SentenceSplitter.MaxSentenceTokens * 3 + 7));
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());

        Assert.Equal(4, sentences.Length);
        Assert.All(sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxSentenceTokens));
    }

    [Fact]
    public void Covers_every_token_once_in_order()
    {
        const string text = "“We urge the [DPRK] to cease,” she said. The U.S. won't. Really?! Yes… (No.) Dr. Who?\n\nNext";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());

        int expectedFirst = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(expectedFirst, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            expectedFirst = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, expectedFirst);
    }

    [Fact]
    public void Gives_no_sentences_for_no_tokens() =>
        Assert.Empty(SentenceSplitter.Split("", []));
}
