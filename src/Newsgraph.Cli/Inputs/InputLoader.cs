using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Fetching;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Cli.Inputs;

/// <summary>
/// Reads one input's bytes within the size limit: a file larger than the limit is refused without
/// being read, standard input is read only up to the limit, URLs go through the safe fetcher.
/// </summary>
public sealed class InputLoader(InputLimits limits, DateOnly? publishedFallback, bool allowPrivate) : IDisposable
{
    private readonly SafeHttpFetcher fetcher = new(new FetchOptions { MaxBytes = limits.MaxInputBytes, AllowPrivate = allowPrivate });

    public void Dispose() => fetcher.Dispose();

    public async Task<LoadedInput> LoadAsync(InputItem item, CancellationToken cancellationToken)
    {
        return item.Kind switch
        {
            InputItemKind.File => await LoadFileAsync(item.Location, cancellationToken).ConfigureAwait(false),
            InputItemKind.StandardInput => await LoadStreamAsync("stdin:", Console.OpenStandardInput(), null, cancellationToken).ConfigureAwait(false),
            InputItemKind.Url => await LoadUrlAsync(item.Location, cancellationToken).ConfigureAwait(false),
            _ => Refuse(item.Location, DiagnosticCodes.ReadFailed, $"No such file or folder: {item.Location}"),
        };
    }

    private async Task<LoadedInput> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        string uri = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxInputBytes)
            {
                return Refuse(uri, DiagnosticCodes.InputTooLarge, $"The file is {info.Length:N0} bytes; the limit is {limits.MaxInputBytes:N0} (raise it with --max-bytes).");
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            return await LoadStreamAsync(uri, stream, FileContentTypes.Of(path), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(uri, DiagnosticCodes.ReadFailed, $"Could not read the file: {ex.Message}");
        }
    }

    private async Task<LoadedInput> LoadStreamAsync(string uri, Stream stream, string? contentType, CancellationToken cancellationToken)
    {
        if (await CappedStream.ReadAsync(stream, limits.MaxInputBytes, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return Refuse(uri, DiagnosticCodes.InputTooLarge, $"The input is larger than the limit of {limits.MaxInputBytes:N0} bytes (raise it with --max-bytes).");
        }

        return new LoadedInput(new RawInput(uri, bytes, contentType) { PublishedFallback = publishedFallback }, null);
    }

    private async Task<LoadedInput> LoadUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Refuse(url, DiagnosticCodes.UrlRefused, $"Not a valid URL: {url}");
        }

        var result = await fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        return result.Input is { } input
            ? new LoadedInput(input with { PublishedFallback = publishedFallback }, null)
            : Refuse(url, result.Error!);
    }

    private static LoadedInput Refuse(string uri, string code, string message) => Refuse(uri, Diagnostic.Error(code, message));

    private static LoadedInput Refuse(string uri, Diagnostic reason) =>
        new(null, Document.Refused(new SourceInfo(uri, "application/octet-stream", 0, string.Empty), reason));
}
