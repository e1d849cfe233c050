namespace Newsgraph.Core.Text;

/// <summary>
/// Accented Latin letters to their base letter, for lookup keys that ignore accents ("São Paulo" =
/// "Sao Paulo", "José" = "Jose"). A table, because the product runs with invariant globalization,
/// where <c>string.Normalize</c> does not decompose non-ASCII text.
/// </summary>
public static class LatinLetters
{
    private const char First = '\u00C0';

    /// <summary>U+00C0–U+017F (Latin-1 Supplement letters, Latin Extended-A) to the first character of
    /// their canonical decomposition; letters without one (Æ, Ø, Đ, Ł, ß …) stay as they are.</summary>
    private const string Bases = "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7\u00F8uuuuy\u00FEyAaAaAaCcCcCcCcDd\u0110\u0111EeEeEeEeEeGgGgGgGgHh\u0126\u0127IiIiIiIiI\u0131\u0132\u0133JjKk\u0138LlLlLl\u013F\u0140\u0141\u0142NnNnNn\u0149\u014A\u014BOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017F";

    /// <summary>The base letter of <paramref name="c"/> ("é" → 'e', "Ś" → 'S'), or <paramref name="c"/> itself.</summary>
    public static char Base(char c) => c is >= First and < (char)(First + 192) ? Bases[c - First] : c;
}
