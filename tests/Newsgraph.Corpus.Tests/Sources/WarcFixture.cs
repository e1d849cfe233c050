using System.IO.Compression;
using System.Text;

namespace Newsgraph.Corpus.Tests.Sources;

/// <summary>Writes small WARC files the way CC-NEWS does (one gzip member per record), or plain.</summary>
internal static class WarcFixture
{
    public static byte[] Response(string uri, string html, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "") =>
        Response(uri, Encoding.UTF8.GetBytes(html), contentType, status, extraHeaders);

    public static byte[] Response(string uri, byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "")
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n");
        return Record("response", uri, [.. http, .. body], "application/http; msgtype=response");
    }

    public static byte[] Record(string type, string uri, byte[] block, string contentType = "application/http; msgtype=request", string version = "WARC/1.0", long? declaredLength = null)
    {
        var head = Encoding.ASCII.GetBytes(
            $"{version}\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2023-09-14T08:30:00Z\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {declaredLength ?? block.Length}\r\n\r\n");
        return [.. head, .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Each record its own gzip member, concatenated (CC-NEWS layout).</summary>
    public static byte[] GzipPerRecord(params byte[][] records) => records.SelectMany(Gzip).ToArray();

    public static string Write(TempDir dir, string name, byte[] bytes)
    {
        string path = Path.Combine(dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>A temporary folder removed when disposed.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("newsgraph-sources-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Collects reported problems (synchronously, unlike Progress&lt;T&gt;).</summary>
internal sealed class ProblemLog : IProgress<Newsgraph.Corpus.Sources.SourceProblem>
{
    public List<Newsgraph.Corpus.Sources.SourceProblem> All { get; } = [];

    public void Report(Newsgraph.Corpus.Sources.SourceProblem value)
    {
        lock (All)
        {
            All.Add(value);
        }
    }

    public string Text => string.Join("\n", All.Select(p => $"{p.Uri}: {p.Message}"));
}

internal static class SourceExtensions
{
    public static async Task<List<Newsgraph.Corpus.Sources.SourceItem>> ReadAllAsync(this Newsgraph.Corpus.Sources.IIngestSource source, ProblemLog problems)
    {
        var items = new List<Newsgraph.Corpus.Sources.SourceItem>();
        await foreach (var item in source.ReadAsync(problems, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
