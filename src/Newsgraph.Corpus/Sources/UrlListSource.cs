using System.Runtime.CompilerServices;
using Newsgraph.Corpus.Sources.Web;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// A text file of page URLs, one a line; blank lines and lines starting with # are skipped, a line
/// that is not an http(s) URL is reported. Each page is fetched politely, unless
/// <paramref name="stored"/> says an earlier run stored it.
/// </summary>
public sealed class UrlListSource(string path, PoliteFetcher fetcher, WebSourceSettings settings, IStoredPages? stored = null) : IIngestSource
{
    public IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, CancellationToken cancellationToken) =>
        PageDownloader.FetchAsync(UrlsAsync(problems, cancellationToken), fetcher, settings.ParallelFetches, problems, stored, cancellationToken);

    /// <summary>Share of the first non-comment lines that must be bare http(s) URLs for a text file
    /// to be taken as a URL list: high enough that a text article citing links is not mistaken for
    /// one, low enough that a typo in a hand-made list does not turn the whole list away.</summary>
    private const double UrlLineShare = 0.8;

    /// <summary>Whether a file's first lines (up to 20 non-comment ones) look like a URL list.</summary>
    public static bool LooksLikeUrlList(IEnumerable<string> firstLines)
    {
        int urls = 0, lines = 0;
        foreach (var line in firstLines.Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Take(20))
        {
            lines++;
            urls += ParseUrl(line) is null ? 0 : 1;
        }

        return urls > 0 && urls >= lines * UrlLineShare;
    }

    internal static Uri? ParseUrl(string line) =>
        !line.Any(char.IsWhiteSpace) && Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private async IAsyncEnumerable<Uri> UrlsAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > settings.MaxUrlListBytes)
            {
                problems.Report(new SourceProblem("file:" + path, $"URL list is {info.Length:N0} bytes; the limit is {settings.MaxUrlListBytes:N0}; split it"));
                yield break;
            }

            reader = new StreamReader(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(new SourceProblem("file:" + path, $"cannot read the URL list: {ex.Message}"));
            yield break;
        }

        using (reader)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } raw)
            {
                number++;
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (ParseUrl(line) is not { } url)
                {
                    problems.Report(new SourceProblem($"file:{path}#{number}", $"line {number} is not an http(s) URL: '{(line.Length > 80 ? line[..80] + "…" : line)}'"));
                    continue;
                }

                if (seen.Add(url.AbsoluteUri))
                {
                    yield return url;
                }
            }
        }
    }
}
