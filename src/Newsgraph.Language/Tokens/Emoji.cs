namespace Newsgraph.Language.Tokens;

/// <summary>
/// Emoji sequences kept in one token ("👩‍💻", "👍🏽", "❤️", "🇺🇸"), told apart by their shape
/// rather than by the full Unicode emoji grammar.
/// </summary>
internal static class Emoji
{
    /// <summary>
    /// Where the emoji sequence whose first code point ends at <paramref name="end"/> ends: it takes
    /// variation selectors, the keycap mark, skin-tone modifiers and zero-width-joined code points.
    /// </summary>
    public static int Extend(string text, int end, int limit)
    {
        while (end < limit)
        {
            char c = text[end];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                end++;
            }
            else if (c == '\uD83C' && end + 1 < limit && text[end + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                end += 2;   // skin-tone modifier U+1F3FB … U+1F3FF
            }
            else if (c == '\u200D' && end + 1 < limit)
            {
                end += char.IsHighSurrogate(text[end + 1]) && end + 2 < limit && char.IsLowSurrogate(text[end + 2]) ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>U+1F1E6 … U+1F1FF, written as the surrogate pair D83C DDE6 … D83C DDFF.</summary>
    public static bool IsRegionalIndicator(string text, int pos, int limit) =>
        pos + 1 < limit && text[pos] == '\uD83C' && text[pos + 1] is >= '\uDDE6' and <= '\uDDFF';
}
