using System.IO.Compression;
using System.Text;

namespace Newsgraph.TestSupport;

/// <summary>Gzipped in-memory streams for model-file and input tests (rewound, ready to read).</summary>
public static class GzipBytes
{
    public static MemoryStream Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Of(byte[] body)
    {
        var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        stream.Position = 0;
        return stream;
    }
}
