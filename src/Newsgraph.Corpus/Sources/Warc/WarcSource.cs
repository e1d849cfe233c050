using System.IO.Compression;
using System.Runtime.CompilerServices;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// Yields the HTML pages of a WARC or WARC.gz file (a CC-NEWS archive: one gzip member per record,
/// or one gzip stream for the whole file, both read as a stream): each `response` record with HTTP
/// status 200 and an HTML content type becomes an item with the target URI, the decoded body, the
/// declared charset and the WARC-Date. Broken records are reported and skipped.
/// </summary>
public sealed class WarcSource(string path, WarcLimits? limits = null) : IIngestSource
{
    private readonly WarcLimits limits = limits ?? new WarcLimits();

    /// <summary>Counts of the last (or running) read.</summary>
    public WarcStats Stats { get; private set; } = new();

    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stats = Stats = new WarcStats();
        string where = "warc:" + path;
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(new SourceProblem(where, $"cannot open the archive: {ex.Message}"));
            yield break;
        }

        await using var archive = await OpenDecompressedAsync(file, cancellationToken).ConfigureAwait(false);
        var reader = new WarcRecordReader(archive, this.limits);
        while (true)
        {
            var step = await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            stats.Bytes = reader.Position;
            if (step.Problem is not null)
            {
                stats.Problems++;
                problems.Report(new SourceProblem($"{where}#{reader.Position}", step.Problem));
            }

            if (step.End)
            {
                yield break;
            }

            if (step.Record is not { } record)
            {
                continue;
            }

            stats.Records++;
            var item = ToItem(record, where, problems, stats);
            if (item is not null)
            {
                stats.Pages++;
                yield return item;
            }
        }
    }

    /// <summary>gzip is detected by its magic bytes, not the file name; multi-member gzip (one member
    /// per record) is read through as one stream.</summary>
    private static async Task<Stream> OpenDecompressedAsync(Stream file, CancellationToken cancellationToken)
    {
        var magic = new byte[2];
        int read = await file.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        return read == 2 && GzipInflater.IsGzip(magic) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>One reader step; a corrupt gzip stream ends the file with a problem instead of an exception.</summary>
    private static async ValueTask<WarcStep> NextAsync(WarcRecordReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.NextAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return WarcStep.Finished($"the compressed archive is corrupt near byte {reader.Position:N0} of its content ({ex.Message}); rest of the file skipped");
        }
        catch (IOException ex)
        {
            return WarcStep.Finished($"reading the archive failed near byte {reader.Position:N0}: {ex.Message}");
        }
    }

    private SourceItem? ToItem(WarcRecord record, string where, IProgress<SourceProblem> problems, WarcStats stats)
    {
        if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)
            || record.Field("Content-Type")?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == false)
        {
            stats.Skipped++;
            return null;
        }

        string uri = record.TargetUri ?? $"{where}#{record.Offset}";
        var response = HttpResponseBlock.Parse(record.Block, limits.MaxHeaderBytes, out string? error);
        if (response is null)
        {
            stats.Problems++;
            problems.Report(new SourceProblem(uri, $"response record at byte {record.Offset:N0}: {error}; skipped"));
            return null;
        }

        var contentType = MediaType.Parse(response.Header("Content-Type"));
        bool html = contentType.IsHtml
            || (contentType.Name is null && record.Field("WARC-Identified-Payload-Type")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true);
        if (response.Status != 200 || !html)
        {
            stats.Skipped++;
            return null;
        }

        var body = HttpBodyDecoder.Decode(response, limits.MaxBodyBytes, out error);
        if (body is null)
        {
            stats.Problems++;
            problems.Report(new SourceProblem(uri, $"response record at byte {record.Offset:N0}: {error}; skipped"));
            return null;
        }

        return new SourceItem
        {
            Uri = uri,
            Body = body.Value,
            ContentType = response.Header("Content-Type") ?? "text/html",
            DeclaredCharset = contentType.Charset,
            FetchedAt = record.Date,
        };
    }
}
