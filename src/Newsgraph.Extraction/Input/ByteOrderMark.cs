using System.Text;

namespace Newsgraph.Extraction.Input;

/// <summary>Byte order marks, which decide the encoding outright (as in browsers).</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding a BOM names and the BOM's length, or (null, 0).</summary>
    public static (Encoding? Encoding, int Length) Detect(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE before UTF-16 LE: its BOM starts with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (EncodingLabels.Utf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        return (null, 0);
    }
}
