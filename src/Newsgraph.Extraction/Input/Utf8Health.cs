using System.Text;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Counts valid multi-byte and invalid sequences in bytes that failed strict UTF-8 validation, to
/// tell "UTF-8 with a few broken bytes" (decode as UTF-8, replace them) from "another charset".
/// </summary>
internal static class Utf8Health
{
    public readonly record struct Counts(int ValidMultiByte, int Invalid);

    public static Counts Measure(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            int skip = bytes[i..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(consumed, 1);
        }

        return new Counts(valid, invalid);
    }

    /// <summary>True when the invalid sequences are few next to the valid ones.</summary>
    public static bool IsMostlyUtf8(Counts counts) =>
        counts.ValidMultiByte > 0 && counts.Invalid <= counts.ValidMultiByte * DecodingThresholds.BrokenUtf8Share;
}
