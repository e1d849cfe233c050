using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Sources.Warc;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Reading speed of the WARC source on a synthetic CC-NEWS-like archive: the 91 extraction dev
/// pages × N, each capture written as request + response + metadata records, one gzip member per
/// record. The anchor is plain gunzip of the same file to the end (the floor any reader pays), so
/// the ratio says what record parsing and HTTP decoding add.
/// </summary>
internal sealed class WarcBench(BenchOptions options)
{
    public int Run()
    {
        string html = Path.Combine(options.SharedDir, "bench", "extraction", "dev", "html");
        if (!Directory.Exists(html))
        {
            Console.Error.WriteLine($"bench data not found at {html} (pass --shared DIR)");
            return 2;
        }

        var pages = Directory.GetFiles(html, "*.html*").Order(StringComparer.Ordinal).Select(Load).ToArray();
        Directory.CreateDirectory(options.OutDir);
        string path = Path.Combine(options.OutDir, "synthetic-cc-news.warc.gz");
        var write = Stopwatch.StartNew();
        long responses = Write(path, pages, options.Copies);
        write.Stop();
        long fileBytes = new FileInfo(path).Length;
        Console.WriteLine($"pages: {pages.Length} x {options.Copies} copies = {responses:N0} responses, {responses * 3:N0} records; file {fileBytes / 1048576.0:N1} MB gz; written in {write.Elapsed.TotalSeconds:N1} s");

        int passes = Math.Max(1, options.Passes);
        var gunzip = new List<double>();
        var read = new List<double>();
        WarcStats? stats = null;
        for (int pass = 0; pass < passes + 1; pass++)
        {
            var sw = Stopwatch.StartNew();
            long inflated = Gunzip(path);
            double anchor = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var source = new WarcSource(path);
            long count = ReadAll(source);
            double seconds = sw.Elapsed.TotalSeconds;
            stats = source.Stats;
            if (count != responses || stats.Problems != 0)
            {
                Console.Error.WriteLine($"read {count} pages with {stats.Problems} problems; expected {responses}");
                return 1;
            }

            if (pass > 0)
            {
                gunzip.Add(anchor);
                read.Add(seconds);
            }

            Console.WriteLine($"{(pass == 0 ? "warm-up" : $"pass {pass}"),-8} gunzip {anchor:N2} s ({inflated / 1048576.0 / anchor:N0} MB/s)   WarcSource {seconds:N2} s");
        }

        double medianRead = Median(read), medianGunzip = Median(gunzip);
        Console.WriteLine();
        Console.WriteLine($"WarcSource (median of {passes}): {stats!.Records / medianRead:N0} records/s, {stats.Pages / medianRead:N0} pages/s, {stats.Bytes / 1048576.0 / medianRead:N0} MB/s decompressed");
        Console.WriteLine($"ratio to gunzip anchor: {medianRead / medianGunzip:N2}x the time of gunzip alone");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        return 0;
    }

    private static byte[] Load(string file)
    {
        using var stream = File.OpenRead(file);
        using var decoded = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var buffer = new MemoryStream();
        decoded.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static long Write(string path, byte[][] pages, int copies)
    {
        using var file = File.Create(path);
        long responses = 0;
        for (int copy = 0; copy < copies; copy++)
        {
            for (int i = 0; i < pages.Length; i++)
            {
                string uri = $"https://news{i % 17}.example.com/{copy}/story-{i}.html";
                var request = Encoding.ASCII.GetBytes($"GET /{copy}/story-{i}.html HTTP/1.1\r\nHost: news{i % 17}.example.com\r\nUser-Agent: bench\r\n\r\n");
                var metadata = Encoding.ASCII.GetBytes($"fetchTimeMs: {100 + i}\r\ncharset-detected: UTF-8\r\n");
                file.Write(WarcRecordWriter.Gzip(WarcRecordWriter.Record("request", uri, request, "application/http; msgtype=request")));
                file.Write(WarcRecordWriter.Gzip(WarcRecordWriter.Response(uri, pages[i])));
                file.Write(WarcRecordWriter.Gzip(WarcRecordWriter.Record("metadata", uri, metadata, "application/warc-fields")));
                responses++;
            }
        }

        return responses;
    }

    private static long Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static long ReadAll(IIngestSource source)
    {
        long count = 0;
        var problems = new Progress<SourceProblem>();
        var items = source.ReadAsync(problems, CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (items.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                count += items.Current.Body.Length > 0 ? 1 : 0;
            }
        }
        finally
        {
            items.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
