using System.Runtime.CompilerServices;
using Newsgraph.Core.Input;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// Pages stored as files: a file given by name is read whatever its name; a folder is searched
/// recursively (in ordinal path order, so runs are repeatable) for .html, .htm, .xhtml, .txt and
/// their .gz — other files (images, archives, binaries) are not pages and are passed over. Files
/// over the size limit are reported and skipped without being read. Decoding (gzip, charsets,
/// binary sniffing) is the analyser's job. Archives, JSONL and feed files met in a folder (by
/// name: .warc, .jsonl, .xml, …) are handed to <paramref name="containers"/>, which makes their
/// own source (it may decline); their items come out in the folder's order.
/// </summary>
public sealed class FileSource(IReadOnlyList<string> paths, long maxBytes, Func<string, IIngestSource?>? containers = null) : IIngestSource
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz"];

    /// <summary>Files in a folder that may hold many items rather than one page. Named, not sniffed:
    /// sniffing every image and binary of a large folder would cost a read each.</summary>
    private static readonly string[] ContainerExtensions = [".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".xml", ".xml.gz", ".rss", ".atom"];

    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (string path in paths)
        {
            foreach (var (file, inFolder) in Expand(path, problems))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (inFolder && !IsPageFile(file))
                {
                    if (containers?.Invoke(file) is { } nested)
                    {
                        await foreach (var inner in nested.ReadAsync(problems, cancellationToken).ConfigureAwait(false))
                        {
                            yield return inner;
                        }
                    }

                    continue;
                }

                var item = await ReadFileAsync(file, problems, cancellationToken).ConfigureAwait(false);
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
    }

    public static bool IsPageFile(string path) => PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsContainerFile(string path) => ContainerExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The files to read, and whether each was found in a folder (rather than named).</summary>
    private IEnumerable<(string File, bool InFolder)> Expand(string path, IProgress<SourceProblem> problems)
    {
        if (Directory.Exists(path))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            return Directory.EnumerateFiles(path, "*", options)
                .Where(f => IsPageFile(f) || (containers is not null && IsContainerFile(f)))
                .Order(StringComparer.Ordinal)
                .Select(f => (f, true));
        }

        if (File.Exists(path))
        {
            return [(path, false)];
        }

        problems.Report(new SourceProblem(path, $"No such file or folder: {path}"));
        return [];
    }

    private async Task<SourceItem?> ReadFileAsync(string file, IProgress<SourceProblem> problems, CancellationToken cancellationToken)
    {
        string uri = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > maxBytes)
            {
                problems.Report(new SourceProblem(uri, $"The file is {info.Length:N0} bytes; the limit is {maxBytes:N0}; skipped."));
                return null;
            }

            byte[] body = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            return new SourceItem
            {
                Uri = uri,
                Body = body,
                ContentType = FileContentTypes.Of(file),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(new SourceProblem(uri, $"Could not read the file: {ex.Message}"));
            return null;
        }
    }
}
