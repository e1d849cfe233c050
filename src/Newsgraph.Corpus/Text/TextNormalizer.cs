using System.Buffers;

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
        // into a pooled buffer, then one string: ingest normalises every article's text, and a
        // StringBuilder grown char by char costs more than the folding itself
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            int length = 0;
            bool pendingSpace = false;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (pendingSpace && length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    pendingSpace = false;
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    pendingSpace = true;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
