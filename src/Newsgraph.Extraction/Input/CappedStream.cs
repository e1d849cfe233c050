namespace Newsgraph.Extraction.Input;

/// <summary>
/// Reads a stream to its end, but never holds more than a byte cap: an endless or oversized
/// stream (standard input, an HTTP body) is cut off at the cap instead of exhausting memory.
/// </summary>
public static class CappedStream
{
    /// <summary>Reads chunk size: large enough for few system calls, small enough to stop promptly at the cap.</summary>
    private const int ChunkBytes = 1 << 16;

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
