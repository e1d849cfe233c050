using System.Text;

namespace Newsgraph.Corpus.Text;

/// <summary>
/// Folds text to the form duplicate detection compares: lower-case letters and digits, every run of
/// anything else as one space. Two copies that differ only in quotes, dashes, spacing or case
/// normalise to the same string.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }
}
