using System.Text;
using Newsgraph.Core.Text;

namespace Newsgraph.Entities.Lexicon;

/// <summary>
/// The lookup form of a name: lower case, accents dropped, periods dropped ("U.S." = "US"),
/// hyphens and dashes as spaces ("Jong-un" = "Jong Un"), curly apostrophes straight, single spaces.
/// Lexicon tables and in-document merging both key names by it.
/// </summary>
internal static class NameKey
{
    public static string Of(string name) => Of(name.AsSpan());

    public static string Of(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        bool space = false;
        foreach (char raw in name)
        {
            char c = raw;
            if (c > 127)
            {
                c = Fold(c);
            }

            if (c is '.')
            {
                continue;
            }

            if (c is '-' or ' ' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\t' or '\n' or '\r' or '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c == '\u2019' || c == '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The name's words in lookup form ("Kim Jong-un" → kim, jong, un).</summary>
    public static string[] Words(string name) => Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A slug for keys: lookup form with spaces as hyphens and only letters, digits and hyphens.</summary>
    public static string Slug(string name)
    {
        string key = Of(name);
        var builder = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c == ' ' && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static char Fold(char c)
    {
        if (c is '\u2019' or '\u2018')
        {
            return '\'';
        }

        return LatinLetters.Base(c);
    }
}
