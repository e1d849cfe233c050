using System.Text;
using UtfUnknown;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Statistical charset detection (UTF.Unknown, a port of Mozilla's universal detector). Only used
/// on the slow path: bytes that are not valid UTF-8 and whose declared charset is absent or wrong.
/// </summary>
internal static class CharsetGuesser
{
    /// <summary>A detected encoding and the detector's confidence in it (0–1).</summary>
    public readonly record struct Guess(Encoding Encoding, double Confidence);

    public static Guess? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, DecodingThresholds.DetectionSampleBytes)];
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected?.EncodingName is not { } name)
        {
            return null;
        }

        var encoding = EncodingLabels.Resolve(name);
        return encoding is null ? null : new Guess(encoding, detected.Confidence);
    }
}
