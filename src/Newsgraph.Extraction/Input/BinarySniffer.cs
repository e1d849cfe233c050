namespace Newsgraph.Extraction.Input;

/// <summary>Tells binary files (by magic number or by control-byte density) from text.</summary>
internal static class BinarySniffer
{
    /// <summary>What the bytes look like ("a PDF document"), or null when they may be text.
    /// Call only after BOM detection: UTF-16/32 text is full of NUL bytes.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in BinarySignatures.All)
        {
            if (signature.Matches(bytes))
            {
                return signature.Description;
            }
        }

        var sample = bytes[..Math.Min(bytes.Length, DecodingThresholds.BinarySniffBytes)];
        int control = 0;
        foreach (byte b in sample)
        {
            if (IsBinaryControl(b))
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length * DecodingThresholds.BinaryControlByteShare
            ? "binary data (many NUL or control bytes)"
            : null;
    }

    /// <summary>Control bytes that never occur in text (tab, LF, FF, CR and ESC — used by ISO-2022 — do).</summary>
    private static bool IsBinaryControl(byte b) => b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F);

    /// <summary>
    /// Recognises BOM-less UTF-16: ASCII-range text where every other byte is NUL. Returns the
    /// encoding or null.
    /// </summary>
    public static System.Text.Encoding? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length & ~1, DecodingThresholds.BinarySniffBytes)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNul++;
            }

            if (sample[i + 1] == 0)
            {
                oddNul++;
            }
        }

        int pairs = sample.Length / 2;
        if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05)
        {
            return new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05)
        {
            return new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }
}
