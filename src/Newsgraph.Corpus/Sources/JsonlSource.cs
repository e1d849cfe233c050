using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// Articles already extracted elsewhere, one JSON object a line (<c>.jsonl</c>, <c>.ndjson</c>, or
/// either gzipped): <c>id</c>, <c>title</c>, <c>text</c>, <c>published</c>, <c>source</c>, <c>url</c>.
/// <c>text</c> is required; the <c>id</c> is kept (a line without one gets an id from its content).
/// A malformed line, a line without text or a line over the size limit is reported and skipped.
/// </summary>
public sealed class JsonlSource(string path, int maxLineBytes = JsonlSource.DefaultMaxLineBytes) : IIngestSource
{
    /// <summary>Longest line read, as the page-size limit of <c>analyze</c> (16 MiB): an article's
    /// text is far smaller; a longer line is a broken file, not an article.</summary>
    public const int DefaultMaxLineBytes = 16 << 20;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 16 };

    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);

    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string uri = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(new SourceProblem(uri, $"Could not read the file: {ex.Message}"));
            yield break;
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        await using (stream.ConfigureAwait(false))
        {
            var lines = BoundedLineReader.ReadAsync(stream, maxLineBytes, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    BoundedLineReader.Line line;
                    try
                    {
                        if (!await lines.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        line = lines.Current;
                    }
                    catch (InvalidDataException ex)
                    {
                        problems.Report(new SourceProblem(uri, $"The gzip data is damaged: {ex.Message}; the rest of the file is skipped."));
                        break;
                    }

                    if (line.TooLong)
                    {
                        problems.Report(new SourceProblem($"{uri}#line={line.Number}", $"Line {line.Number} is longer than {maxLineBytes:N0} bytes; skipped."));
                        continue;
                    }

                    if (IsBlank(line.Bytes.Span))
                    {
                        continue;
                    }

                    if (Parse(line.Bytes, out string? error) is { } article)
                    {
                        yield return new SourceItem { Uri = $"{uri}#{Uri.EscapeDataString(article.Id)}", ContentType = "application/x-ndjson", Extracted = article };
                    }
                    else
                    {
                        problems.Report(new SourceProblem($"{uri}#line={line.Number}", $"Line {line.Number}: {error}; skipped."));
                    }
                }
            }
            finally
            {
                await lines.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    internal static PreExtractedArticle? Parse(ReadOnlyMemory<byte> json, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json, ParseOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return null;
            }

            string? text = Field(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                error = "no \"text\" field";
                return null;
            }

            string id = Field(root, "id") ?? "jsonl-" + Convert.ToHexStringLower(SHA256.HashData(json.Span))[..16];
            error = null;
            return new PreExtractedArticle(id, Field(root, "title"), text, Field(root, "published"), Field(root, "source"), Field(root, "url"));
        }
        catch (JsonException ex)
        {
            error = $"malformed JSON ({ex.Message})";
            return null;
        }
    }

    /// <summary>A string field; a number is taken as its text (numeric ids); anything else is absent.</summary>
    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
