using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Text;

/// <summary>
/// The article as the quotes stage reads it: text, tokens, sentences and paragraphs, with the
/// look-ups every finder needs (which sentence or paragraph holds an offset, a token's lower-case
/// word). Built once per document so each finder walks shared arrays instead of re-reading layers.
/// </summary>
internal sealed class ArticleView
{
    private readonly int[] sentenceOfToken;

    public ArticleView(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, IReadOnlyList<TextSpan> paragraphs)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        sentenceOfToken = new int[tokens.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken && t < tokens.Length; t++)
            {
                sentenceOfToken[t] = s;
            }
        }
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    public static ArticleView From(Document document)
    {
        var tokens = document.TryGet(LanguageLayers.Tokens, out var t) ? t : [];
        var sentences = document.TryGet(LanguageLayers.Sentences, out var s) ? s : [];
        var blocks = document.GetOrDefault(ArticleLayers.Blocks);
        return new ArticleView(document.Text, tokens, sentences, ParagraphSpans.Of(document.Text, blocks));
    }

    public ReadOnlySpan<char> Word(int token) => Tokens[token].In(Text);

    public string WordString(int token) => Tokens[token].TextOf(Text);

    public bool Is(int token, string word) =>
        token >= 0 && token < Tokens.Length && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWordLike(int token) =>
        token >= 0 && token < Tokens.Length && Tokens[token].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.Clitic;

    public bool IsCapitalized(int token) =>
        IsWordLike(token) && Tokens[token].Kind != TokenKind.Clitic && char.IsUpper(Text[Tokens[token].Start]);

    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Length && Tokens[token].Length == 1 && Text[Tokens[token].Start] == c;

    public int SentenceOfToken(int token) => sentenceOfToken[token];

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Tokens.Length when none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or the one just after it; -1 when none.</summary>
    public int SentenceAt(int offset)
    {
        int t = TokenAtOrAfter(offset);
        if (t > 0 && t <= Tokens.Length && (t == Tokens.Length || Tokens[t].Start > offset) && Tokens[t - 1].End > offset)
        {
            t--;
        }

        return t < Tokens.Length ? sentenceOfToken[t] : -1;
    }

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = Paragraphs[mid];
            if (offset < p.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= p.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    public string Slice(int start, int end) => Text[start..end];
}
