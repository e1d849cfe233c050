using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Inflates gzip with a hard cap: reads in chunks and stops as soon as the output would pass the
/// cap, so a decompression bomb costs at most the cap in memory and the time to inflate it. The
/// same capped loop serves HTTP's other content codings (deflate, br) for archived responses.
/// </summary>
internal static class GzipInflater
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>The outcome: the inflated bytes, or whether the cap was hit or the stream was corrupt.</summary>
    public readonly record struct Result(ReadOnlyMemory<byte>? Data, bool OverLimit, string? Error);

    public static Result Inflate(ReadOnlyMemory<byte> compressed, long maxBytes) =>
        Decode(compressed, maxBytes, source => new GZipStream(source, CompressionMode.Decompress));

    /// <summary>Decodes with any decompressing stream (<paramref name="open"/> wraps the compressed
    /// bytes), under the same cap.</summary>
    public static Result Decode(ReadOnlyMemory<byte> compressed, long maxBytes, Func<Stream, Stream> open)
    {
        using var source = MemoryMarshal.TryGetArray(compressed, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(compressed.ToArray(), writable: false);
        try
        {
            using var decoder = open(source);
            int initial = (int)Math.Min(maxBytes, Math.Min((long)compressed.Length * 6, 64L * 1024 * 1024));
            using var output = new MemoryStream(Math.Max(initial, DecodingThresholds.InflateChunkBytes));
            var chunk = new byte[DecodingThresholds.InflateChunkBytes];
            long total = 0;
            int read;
            while ((read = decoder.Read(chunk, 0, chunk.Length)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    return new Result(null, true, null);
                }

                output.Write(chunk, 0, read);
            }

            // The stream's own buffer, not a copy: the inflated page can be megabytes.
            return new Result(new ReadOnlyMemory<byte>(output.GetBuffer(), 0, (int)output.Length), false, null);
        }
        catch (InvalidDataException ex)
        {
            return new Result(null, false, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // BrotliStream reports corrupt input this way.
            return new Result(null, false, ex.Message);
        }
    }
}
