using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Newsgraph.Core.Documents;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at ". ! ? …" (with any closing quotes and
/// brackets that follow it) when the next token can open a sentence, after an abbreviation only
/// when a clear sentence opener follows, and always at a body block boundary or a blank line.
/// Linear in the number of tokens. See docs/language.md.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// Longest sentence, in tokens. Text without punctuation (a list flattened into one block, a
    /// table) would otherwise make one huge "sentence" and every per-sentence stage after this one
    /// pays for its length; no real news sentence comes near this.
    /// </summary>
    public const int MaxSentenceTokens = 400;

    public static ImmutableArray<Sentence> Split(
        string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Block>? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(Math.Max(4, tokens.Length / 20));
        var blockOf = new BlockIndex(blocks);
        int start = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i > start && (i - start >= MaxSentenceTokens || BreakBetween(text, tokens[i - 1], tokens[i], ref blockOf)))
            {
                sentences.Add(Make(tokens, start, i));
                start = i;
            }

            if (!IsTerminator(text, tokens[i]))
            {
                i++;
                continue;
            }

            // Take further terminators and the closing quotes and brackets that follow the terminator: `strength.”`, `?!`, `.)`.
            int last = i;
            int k = i + 1;
            bool closed = false;
            while (k < tokens.Length && !BreakBetween(text, tokens[k - 1], tokens[k], ref blockOf))
            {
                if (IsTerminator(text, tokens[k]) && tokens[k].Kind != TokenKind.Abbreviation)
                {
                    last = k;
                }
                else if (IsCloser(text, tokens[k - 1], tokens[k]))
                {
                    closed = true;
                }
                else if (IsCitationMark(text, tokens, k))
                {
                    k += 2;   // "… in 1805.[19] His": a reference mark belongs to the sentence it follows
                }
                else
                {
                    break;
                }

                k++;
            }

            if (k < tokens.Length && !BreakBetween(text, tokens[k - 1], tokens[k], ref blockOf)
                && !IsListMarker(tokens, start, last) && EndsSentence(text, tokens, last, closed, k))
            {
                sentences.Add(Make(tokens, start, k));
                start = k;
            }

            i = k;
        }

        if (start < tokens.Length)
        {
            sentences.Add(Make(tokens, start, tokens.Length));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sentences.ToArray());
    }

    private static Sentence Make(ReadOnlySpan<Token> tokens, int first, int end) =>
        new(tokens[first].Start, tokens[end - 1].End, first, end - first);

    /// <summary>True when a sentence must end between two adjacent tokens whatever they are: another block, or a blank line.</summary>
    private static bool BreakBetween(string text, Token previous, Token next, ref BlockIndex blockOf)
    {
        if (blockOf.Differs(previous.Start, next.Start))
        {
            return true;
        }

        int newlines = 0;
        for (int k = previous.End; k < next.Start; k++)
        {
            if (text[k] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminator(string text, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Ellipsis:
                return true;
            case TokenKind.Abbreviation:
                return text[token.End - 1] == '.';
            case TokenKind.Punctuation:
                char c = text[token.Start];
                return c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E' or '\u203C' or '\u2047' or '\u2048' or '\u2049';
            default:
                return false;
        }
    }

    /// <summary>
    /// A closing quote or bracket after a terminator. Curly closing quotes always close; a straight
    /// quote (or ’) closes when it touches the terminator — `"Go." He` — and opens the next
    /// sentence when a space comes first — `left. "We`.
    /// </summary>
    private static bool IsCloser(string text, Token previous, Token token)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            return c is ')' or ']' or '}' or '\u300D' or '\u300F' or '\uFF09';
        }

        if (token.Kind != TokenKind.Quote)
        {
            return false;
        }

        return c is '\u201D' or '\u00BB' or '\u203A' or '\u300D' or '\u300F'
            || (c is '"' or '\'' or '\u2019' or '\uFF02' && token.Start == previous.End);
    }

    /// <summary>Whether the sentence ends after the terminator at <paramref name="terminator"/>, given the token at <paramref name="next"/>.</summary>
    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int terminator, bool closed, int next)
    {
        var end = tokens[terminator];
        var following = tokens[next];
        char first = text[following.Start];

        if (end.Kind == TokenKind.Abbreviation)
        {
            var word = text.AsSpan(end.Start, end.Length - 1);
            if (Abbreviations.IsBeforeName(word) || Abbreviations.IsBeforeNumber(word))
            {
                return false;
            }

            if (closed && CharClass.IsUpper(first))
            {
                return true;   // `… in the U.S.” Biden said`: a closing quote after the period marks the end.
            }

            if (following.Kind == TokenKind.Word && SentenceStarters.Contains(following.In(text)))
            {
                return true;
            }

            return following.Kind == TokenKind.Quote && !closed && OpensCapitalised(text, tokens, next);
        }

        if (end.Kind == TokenKind.Ellipsis)
        {
            // An ellipsis also marks omissions inside a sentence ("the plan … was dropped"); only a capital continues as a new one.
            return CharClass.IsUpper(first) || (following.Kind == TokenKind.Quote && OpensCapitalised(text, tokens, next));
        }

        // ". ! ?": a lower-case word or a clause mark after it continues the sentence (`“Stop!” he said`).
        if (CharClass.IsLower(first) || following.Kind == TokenKind.Clitic)
        {
            return false;
        }

        return !(following.Kind == TokenKind.Punctuation && first is ',' or ';' or ':' or ')' or ']' or '}');
    }

    /// <summary>"1." or "2.1." opening a list item or a numbered heading: the number and its period start the sentence, they do not end one.</summary>
    private static bool IsListMarker(ReadOnlySpan<Token> tokens, int start, int terminator) =>
        terminator == start + 1 && tokens[start].Kind == TokenKind.Number && tokens[terminator].Kind == TokenKind.Punctuation;

    /// <summary>A bracketed reference number, "[17]", as Wikipedia-style text puts after a sentence.</summary>
    private static bool IsCitationMark(string text, ReadOnlySpan<Token> tokens, int open) =>
        open + 2 < tokens.Length && text[tokens[open].Start] == '[' && tokens[open].Length == 1
        && tokens[open + 1].Kind == TokenKind.Number && text[tokens[open + 2].Start] == ']' && tokens[open + 2].Length == 1;

    private static bool OpensCapitalised(string text, ReadOnlySpan<Token> tokens, int quote) =>
        quote + 1 < tokens.Length && CharClass.IsUpper(text[tokens[quote + 1].Start]);
}
