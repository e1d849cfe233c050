using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Newsgraph.Analysis;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Sources;
using Newsgraph.Extraction.Fetching;
using Newsgraph.Server.Api;

namespace Newsgraph.Server.Analysis;

/// <summary>
/// Analyses posted pages with the full default pipeline. Pipelines are not thread-safe, so idle ones
/// are pooled; at most one analysis per core runs at a time (the rest wait) so analyses cannot
/// starve page requests of every core. URLs go through the extraction's safe fetcher, which refuses
/// loopback and private addresses unless the server was started to allow them.
/// </summary>
public sealed class AnalysisService : IDisposable
{
    private readonly ConcurrentBag<Pipeline> pipelines = [];
    private readonly SemaphoreSlim running = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly SafeHttpFetcher fetcher;
    private readonly InputLimits limits;

    public AnalysisService(ServerOptions options)
    {
        limits = InputLimits.Default with { MaxInputBytes = options.MaxRequestBytes };
        fetcher = new SafeHttpFetcher(new FetchOptions { MaxBytes = options.MaxRequestBytes, AllowPrivate = options.AllowPrivateUrls });
    }

    /// <summary>The raw input a request describes: the fetched page for a URL, else the posted bytes;
    /// or why it could not be had (a refused or failed fetch).</summary>
    public async Task<(SourceItem? Item, ApiError? Error)> LoadAsync(AnalyzeRequest request, CancellationToken cancellationToken)
    {
        if (request.Url is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return (null, new ApiError("url-refused", "\"url\" must be an absolute http or https URL."));
            }

            var fetched = await fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
            if (fetched.Input is not { } input)
            {
                return (null, new ApiError(fetched.Error!.Code, fetched.Error.Message));
            }

            return (new SourceItem { Uri = input.Uri, Body = input.Bytes, ContentType = input.ContentType }, null);
        }

        bool html = request.Html is not null;
        string body = request.Html ?? request.Text ?? string.Empty;
        string id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)).AsSpan(0, 8));
        return (new SourceItem { Uri = "api:" + id, Body = Encoding.UTF8.GetBytes(body), ContentType = html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" }, null);
    }

    public async Task<AnalysisReport> AnalyzeAsync(SourceItem item, string? published, CancellationToken cancellationToken)
    {
        var input = new RawInput(item.Uri, item.Body, item.ContentType)
        {
            PublishedFallback = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            PageUrl = item.Uri.StartsWith("http", StringComparison.Ordinal) ? item.Uri : null,
        };
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() =>
            {
                if (!pipelines.TryTake(out var pipeline))
                {
                    pipeline = AnalysisPipeline.CreateDefault(limits);
                }

                try
                {
                    return ReportBuilder.Build(pipeline.Run(input, cancellationToken), pipeline.Stages);
                }
                finally
                {
                    pipelines.Add(pipeline);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }

    public void Dispose()
    {
        fetcher.Dispose();
        running.Dispose();
    }
}
