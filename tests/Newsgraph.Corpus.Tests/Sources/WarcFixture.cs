using System.Text;
using Newsgraph.Corpus.Sources.Warc;

namespace Newsgraph.Corpus.Tests.Sources;

/// <summary>Writes small WARC files the way CC-NEWS does (one gzip member per record), or plain.</summary>
internal static class WarcFixture
{
    public static byte[] Response(string uri, string html, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "") =>
        WarcRecordWriter.Response(uri, Encoding.UTF8.GetBytes(html), contentType, status, extraHeaders);

    public static byte[] Response(string uri, byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "") =>
        WarcRecordWriter.Response(uri, body, contentType, status, extraHeaders);

    public static byte[] Record(string type, string uri, byte[] block, string contentType = "application/http; msgtype=request", string version = "WARC/1.0", long? declaredLength = null) =>
        WarcRecordWriter.Record(type, uri, block, contentType, version, declaredLength);

    public static byte[] Gzip(byte[] data) => WarcRecordWriter.Gzip(data);

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
