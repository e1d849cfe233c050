using System.Globalization;
using Newsgraph.Core.Documents;

namespace Newsgraph.Language.Tokens;

/// <summary>
/// The tokeniser's single pass. The text is cut at separators into chunks; each chunk is read left
/// to right, every step consuming at least one character, and no step looks further back than the
/// chunk start or further ahead than the chunk end (e-mail addresses are found once per chunk by
/// <see cref="EmailFinder"/>), so the whole pass is linear.
/// </summary>
internal sealed class TokenScanner(string text, TokenBuffer tokens)
{
    /// <summary>How often (in characters) a long text checks for cancellation.</summary>
    private const int CancellationStride = 1 << 16;

    private readonly EmailFinder emails = new(text);

    public void Run(CancellationToken cancellationToken)
    {
        int n = text.Length;
        int nextCheck = CancellationStride;
        int i = 0;
        while (i < n)
        {
            if (CharClass.IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationStride;
            }

            int end = i + 1;
            while (end < n && !CharClass.IsSeparator(text[end]))
            {
                end++;
            }

            ScanChunk(i, end);
            i = end;
        }
    }

    private void ScanChunk(int start, int end)
    {
        emails.Find(start, end);
        int next = 0;
        int pos = start;
        while (pos < end)
        {
            int limit = next < emails.Found.Count ? emails.Found[next].Start : end;
            if (pos == limit)
            {
                tokens.Add(emails.Found[next].Start, emails.Found[next].End, TokenKind.Email);
                pos = emails.Found[next].End;
                next++;
                continue;
            }

            if (CharClass.IsInWordJoiner(text[pos]))
            {
                pos++;   // a soft hyphen or joiner outside a word is invisible: no token
                continue;
            }

            pos = CharClass.WordCharWidth(text, pos) > 0
                ? ScanWordOrUrl(pos, limit)
                : ScanOther(start, pos, limit);
        }
    }

    // ---- words, numbers, URLs ---------------------------------------------------------------

    private int ScanWordOrUrl(int pos, int limit)
    {
        int urlEnd = Urls.End(text, pos, limit);
        if (urlEnd > pos)
        {
            tokens.Add(pos, urlEnd, TokenKind.Url);
            return urlEnd;
        }

        return ScanWord(pos, pos, limit);
    }

    /// <summary>
    /// Reads a word or number starting at <paramref name="pos"/> (a letter or digit) and adds it,
    /// with its abbreviation period when it has one, or split from its clitic. <paramref name="tokenStart"/>
    /// is before <paramref name="pos"/> when a sign, currency or apostrophe belongs to the number.
    /// Returns where the next token starts.
    /// </summary>
    private int ScanWord(int tokenStart, int pos, int limit)
    {
        int j = pos;
        int lastApostrophe = -1;

        // The flags describe the current segment: the part after the last hyphen ("Ky" in "R-Ky",
        // "S.D" in "R-S.D"), which decides whether a final period is an abbreviation's.
        int segmentStart = pos;
        bool hasPeriod = false;
        bool acronym = true;         // every period-separated piece is one or two letters ("U.S", "Ph.D", "a.m")
        int pieceLength = 0;
        bool lettersOnly = true;
        bool lowerCaseOnly = true;   // lower-case letters only ("reported" in "reported.Kim")

        while (j < limit)
        {
            char c = text[j];
            if (char.IsAsciiLetterLower(c))
            {
                // The common case first: a lower-case ASCII letter changes none of the flags.
                pieceLength++;
                j++;
                continue;
            }

            int width = c < 0x80 ? (char.IsAsciiLetterOrDigit(c) ? 1 : 0) : CharClass.WordCharWidth(text, j);
            if (width > 0)
            {
                lettersOnly &= !char.IsAsciiDigit(c);
                lowerCaseOnly &= width == 1 && CharClass.IsLower(c);
                pieceLength++;
                j += width;
                continue;
            }

            acronym &= pieceLength <= 2;
            if (CharClass.IsInWordJoiner(c))
            {
                j++;
                continue;
            }

            if (j + 1 >= limit)
            {
                break;
            }

            char next = text[j + 1];
            bool nextIsWord = CharClass.WordCharWidth(text, j + 1) > 0;
            bool digitsAround = char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(next);
            if (c == '.' && lowerCaseOnly && pieceLength >= 2 && !hasPeriod && CharClass.IsUpper(next)
                && j + 2 < limit && CharClass.IsLower(text[j + 2]))
            {
                // "reported.Kim will": a sentence end that lost its space in extraction, not a dotted name.
                break;
            }

            if (c == '.' && nextIsWord)
            {
                hasPeriod = true;
                pieceLength = 0;
                j++;
                continue;
            }

            if (c == '.' && CharClass.IsHyphen(next) && j + 2 < limit && CharClass.WordCharWidth(text, j + 2) > 0
                && hasPeriod && acronym && lettersOnly)
            {
                // "U.S.-led", "U.N.-backed": the acronym keeps its period and joins the compound.
                j += 2;
                StartSegment(j);
                continue;
            }

            if (CharClass.IsHyphen(c) && nextIsWord)
            {
                j++;
                StartSegment(j);
                continue;
            }

            if (c is ',' or ':' or '/' or '\u2013' && digitsAround)
            {
                acronym = false;
                j++;
                continue;
            }

            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(next))
            {
                lastApostrophe = j;
                acronym = false;
                j++;
                continue;
            }

            if (c == '&' && CharClass.IsUpper(text[j - 1]) && CharClass.IsUpper(next))
            {
                // "AT&T", "S&P", "Q&A".
                acronym = false;
                j++;
                continue;
            }

            break;
        }

        acronym &= pieceLength <= 2;
        var word = text.AsSpan(pos, j - pos);
        if (j < limit && text[j] == '.' && !(j + 1 < limit && text[j + 1] == '.'))
        {
            var segment = text.AsSpan(segmentStart, j - segmentStart);
            bool initial = word.Length == 1 && CharClass.IsUpper(word[0]);
            bool keepsPeriod = tokenStart == pos && lettersOnly &&
                ((hasPeriod && acronym) || initial || Abbreviations.Keeps(segment) ||
                 (DigitFollows(j + 1) && Abbreviations.IsBeforeNumber(word)));
            if (keepsPeriod)
            {
                tokens.Add(pos, j + 1, TokenKind.Abbreviation);
                return j + 1;
            }
        }

        if (tokenStart == pos)
        {
            int host = CliticStart(pos, j, lastApostrophe);
            if (host > pos)
            {
                tokens.Add(pos, host, KindOf(pos, host));
                tokens.Add(host, j, TokenKind.Clitic);
                return j;
            }
        }

        var kind = tokenStart < pos ? TokenKind.Number : KindOf(pos, j);
        if (kind == TokenKind.Number && j < limit && text[j] is '%' or '\u2030')
        {
            j++;
        }

        tokens.Add(tokenStart, j, kind);
        return j;

        void StartSegment(int at)
        {
            segmentStart = at;
            hasPeriod = false;
            acronym = true;
            pieceLength = 0;
            lettersOnly = true;
            lowerCaseOnly = true;
        }
    }

    /// <summary>Where the clitic of the word [start, end) begins ("do|n't", "Russia|’s"), or <paramref name="start"/> when it has none.</summary>
    private int CliticStart(int start, int end, int lastApostrophe)
    {
        if (lastApostrophe < 0)
        {
            return start;
        }

        if (end - start >= 4 && lastApostrophe == end - 2 && text[end - 1] is 't' or 'T' && text[end - 3] is 'n' or 'N')
        {
            return end - 3;
        }

        return lastApostrophe > start && Clitics.IsApostropheSuffix(text.AsSpan(lastApostrophe + 1, end - lastApostrophe - 1))
            ? lastApostrophe
            : start;
    }

    /// <summary>Number when it starts with a digit and any letters form one trailing suffix ("1,000", "90s", "5bn", "1st").</summary>
    private TokenKind KindOf(int start, int end)
    {
        if (!char.IsAsciiDigit(text[start]))
        {
            return TokenKind.Word;
        }

        bool inSuffix = false;
        for (int k = start + 1; k < end; k++)
        {
            bool letter = char.IsAsciiLetter(text[k]);
            if (inSuffix && !letter)
            {
                return TokenKind.Word;
            }

            inSuffix |= letter;
        }

        return TokenKind.Number;
    }

    private bool DigitFollows(int from)
    {
        int k = from;
        while (k < text.Length && CharClass.IsSeparator(text[k]))
        {
            k++;
        }

        return k < text.Length && char.IsAsciiDigit(text[k]);
    }

    // ---- everything that does not start with a letter or digit -------------------------------

    private int ScanOther(int chunkStart, int pos, int limit)
    {
        char c = text[pos];
        if (c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}')
        {
            // Clause punctuation and brackets are most of what is not a word: no further tests.
            tokens.Add(pos, pos + 1, TokenKind.Punctuation);
            return pos + 1;
        }

        char next = pos + 1 < limit ? text[pos + 1] : '\0';
        bool digitNext = char.IsAsciiDigit(next);
        bool atNumberStart = pos == chunkStart || text[pos - 1] is '(' or '[' or '/';

        switch (c)
        {
            case '.':
                if (next == '.')
                {
                    return Run(pos, limit, static ch => ch == '.', TokenKind.Ellipsis);
                }

                if (digitNext && atNumberStart)
                {
                    return ScanWord(pos, pos + 1, limit);   // ".5", ".22"
                }

                tokens.Add(pos, pos + 1, TokenKind.Punctuation);
                return pos + 1;
            case '\u2026':
                return Run(pos, limit, static ch => ch == '\u2026', TokenKind.Ellipsis);
            case '!' or '?':
                return Run(pos, limit, static ch => ch is '!' or '?', TokenKind.Punctuation);
            case '@':
                return ScanTag(pos, limit, TokenKind.Handle, requireLetter: false);
            case '#':
                return ScanTag(pos, limit, TokenKind.Hashtag, requireLetter: true);
        }

        if (CharClass.IsNumberSign(c) && digitNext && atNumberStart)
        {
            return ScanWord(pos, pos + 1, limit);   // "-5", "+3.2", "−40"
        }

        if (CharClass.IsApostrophe(c) && digitNext && pos + 2 < limit && char.IsAsciiDigit(text[pos + 2])
            && (pos + 3 >= limit || !char.IsAsciiDigit(text[pos + 3])))
        {
            return ScanWord(pos, pos + 1, limit);   // "’90s", "class of ’23"
        }

        if (CharClass.IsQuote(c))
        {
            tokens.Add(pos, pos + 1, TokenKind.Quote);
            return pos + 1;
        }

        if (c == '-' || CharClass.IsDash(c))
        {
            return Run(pos, limit, static ch => ch == '-' || CharClass.IsDash(ch), TokenKind.Dash);
        }

        if (CharClass.IsIdeograph(c))
        {
            tokens.Add(pos, pos + 1, TokenKind.Ideograph);
            return pos + 1;
        }

        if (CharClass.IsKana(c))
        {
            return Run(pos, limit, CharClass.IsKana, TokenKind.Ideograph);
        }

        return ScanCodePoint(pos, limit, digitNext);
    }

    private int ScanCodePoint(int pos, int limit, bool digitNext)
    {
        char c = text[pos];
        int width = char.IsHighSurrogate(c) && pos + 1 < limit && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
        var category = width == 2
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[pos + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);

        if (width == 2 && CharClass.IsSupplementaryIdeograph(char.ConvertToUtf32(c, text[pos + 1])))
        {
            tokens.Add(pos, pos + 2, TokenKind.Ideograph);
            return pos + 2;
        }

        if (category == UnicodeCategory.CurrencySymbol && digitNext)
        {
            return ScanWord(pos, pos + 1, limit);   // "$310", "€2.5bn", "£1,000"
        }

        var kind = category switch
        {
            UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => TokenKind.Quote,
            UnicodeCategory.DashPunctuation => TokenKind.Dash,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.ConnectorPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Symbol,
        };

        int end = pos + width;
        if (kind == TokenKind.Symbol)
        {
            if (Emoji.IsRegionalIndicator(text, pos, limit) && Emoji.IsRegionalIndicator(text, end, limit))
            {
                end += 2;   // a flag: two regional indicator letters ("🇺🇸")
            }

            end = Emoji.Extend(text, end, limit);
        }

        tokens.Add(pos, end, kind);
        return end;
    }

    /// <summary>"@handle" or "#hashtag": the sign and the letters, digits and underscores after it.</summary>
    private int ScanTag(int pos, int limit, TokenKind kind, bool requireLetter)
    {
        int end = pos + 1;
        bool letter = false;
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_' || CharClass.WordCharWidth(text, end) == 1))
        {
            letter |= CharClass.IsLetter(text[end]);
            end++;
        }

        if (end == pos + 1 || (requireLetter && !letter))
        {
            tokens.Add(pos, pos + 1, TokenKind.Symbol);
            return pos + 1;
        }

        tokens.Add(pos, end, kind);
        return end;
    }

    private int Run(int pos, int limit, Func<char, bool> member, TokenKind kind)
    {
        int end = pos + 1;
        while (end < limit && member(text[end]))
        {
            end++;
        }

        tokens.Add(pos, end, kind);
        return end;
    }
}
