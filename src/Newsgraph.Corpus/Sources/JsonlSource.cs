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

        if (await IsGzipAsync(stream, cancellationToken).ConfigureAwait(false))
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

    /// <summary>Whether a file's first bytes (inflated) look like JSONL of articles: the first line
    /// opens a JSON object with a string <c>text</c> field at its top level. The line may run past
    /// the bytes looked at (an article's text is long), so the head is read as an unfinished JSON
    /// block. A pretty-printed JSON file or a JSON Feed puts its fields on later lines.</summary>
    public static bool LooksLikeJsonl(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        int newline = head.IndexOf((byte)'\n');
        var line = newline < 0 ? head : head[..newline];
        var reader = new Utf8JsonReader(line, isFinalBlock: newline >= 0, new JsonReaderState(new JsonReaderOptions { MaxDepth = ParseOptions.MaxDepth }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("text"u8))
                {
                    // the value: a whole string token, or the start of one cut off by the head's end
                    long after = reader.BytesConsumed;
                    return reader.Read()
                        ? reader.TokenType == JsonTokenType.String
                        : line[(int)after..].TrimStart(" \t\r:"u8) is [(byte)'"', ..];
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && !reader.TrySkip())
                {
                    return false; // another field's value runs past the head
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>gzip by its magic bytes, not the name (a gzipped file saved without .gz is still read).</summary>
    private static async Task<bool> IsGzipAsync(Stream stream, CancellationToken cancellationToken)
    {
        var magic = new byte[2];
        int read = await stream.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        return read == 2 && Newsgraph.Extraction.Input.GzipInflater.IsGzip(magic);
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
