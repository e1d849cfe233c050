namespace Newsgraph.Quotes.Direct;

/// <summary>
/// Finds quotation marks in a paragraph and decides what each can do. Curly and guillemet marks
/// carry a direction in their shape, but writers and converters misuse them (“…“, German „…“), so
/// the neighbours decide first: a mark after a space that touches a word opens; a mark after a word
/// that is followed by a space or punctuation closes. Apostrophes (don’t, Weeks’ family) are single
/// marks between or after letters and are never openers.
/// </summary>
internal static class QuoteMarks
{
    // Why these: every double quotation mark in use in English, French, German and Japanese-typeset
    // news copy, plus the full-width straight mark.
    private const string DoubleOpeners = "\u201C\u201E\u00AB\u301D";
    private const string DoubleClosers = "\u201D\u00BB\u301E\u201F";
    private const string DoubleStraight = "\"\uFF02";
    private const string SingleOpeners = "\u2018\u201A\u2039";
    private const string SingleClosers = "\u2019\u203A";

    public static bool IsDoubleChar(char c) => DoubleOpeners.Contains(c) || DoubleClosers.Contains(c) || DoubleStraight.Contains(c);

    public static bool IsSingleChar(char c) => c == '\'' || SingleOpeners.Contains(c) || SingleClosers.Contains(c);

    public static List<QuoteMark> In(string text, int start, int end)
    {
        var marks = new List<QuoteMark>();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            bool isDouble = IsDoubleChar(c);
            bool isSingle = !isDouble && IsSingleChar(c);
            if (!isDouble && !isSingle)
            {
                continue;
            }

            int length = 1;

            // ’’ and '' (and ‘‘, ``) are typewriter-era double marks: "voters,’’ Will Moy".
            if (isSingle && i + 1 < end && IsSingleChar(text[i + 1]))
            {
                isDouble = true;
                isSingle = false;
                length = 2;
            }

            char before = i > start ? text[i - 1] : ' ';
            char after = i + length < end ? text[i + length] : ' ';
            // A mark followed by sentence punctuation ends something: “… schedule delays ”. never opens.
            bool canOpen = OpensAfter(before) && !char.IsWhiteSpace(after) && after is not ('.' or ',' or ';' or ':' or '!' or '?' or ')');
            bool canClose = !char.IsWhiteSpace(before) && ClosesBefore(after);

            if (isSingle && char.IsLetterOrDigit(before) && char.IsLetter(after))
            {
                continue; // don’t, O'Brien: an apostrophe.
            }

            var shape = Shape(c, length);
            MarkRole role = (canOpen, canClose) switch
            {
                (true, false) => MarkRole.Open,
                (false, true) => MarkRole.Close,
                _ => shape,
            };
            marks.Add(new QuoteMark(i, length, isDouble, role));
            i += length - 1;
        }

        return marks;
    }

    private static MarkRole Shape(char c, int length)
    {
        if (length == 2)
        {
            return c is '\u2018' or '`' ? MarkRole.Open : c == '\u2019' ? MarkRole.Close : MarkRole.Either;
        }

        if (DoubleOpeners.Contains(c) || SingleOpeners.Contains(c))
        {
            return MarkRole.Open;
        }

        return DoubleClosers.Contains(c) || SingleClosers.Contains(c) ? MarkRole.Close : MarkRole.Either;
    }

    private static bool OpensAfter(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u00A0'
        || IsDoubleChar(before) || IsSingleChar(before);

    private static bool ClosesBefore(char after) =>
        char.IsWhiteSpace(after) || char.IsPunctuation(after) || after == '\u00A0' || char.IsSymbol(after);
}
