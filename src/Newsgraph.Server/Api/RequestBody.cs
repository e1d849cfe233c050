using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Newsgraph.Server.Api;

/// <summary>
/// Reads a request body within the server's size limit and turns it into an analysis request:
/// JSON <c>{html|text|url, published}</c>, or a raw <c>text/html</c> / <c>text/plain</c> body.
/// Every way it can be wrong gives an <see cref="ApiError"/> with the status to send.
/// </summary>
public static class RequestBody
{
    public sealed record Result(AnalyzeRequest? Request, int Status, ApiError? Error);

    public static async Task<Result> ReadAnalyzeRequestAsync(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }

        if (body.Length == 0)
        {
            return Bad("empty-body", "The request body is empty: send JSON {\"html\"|\"text\"|\"url\": …}, or an HTML or plain-text page.");
        }

        string mediaType = (request.ContentType ?? "application/json").Split(';')[0].Trim().ToLowerInvariant();
        switch (mediaType)
        {
            case "text/html" or "application/xhtml+xml":
                return new Result(new AnalyzeRequest { Html = Encoding.UTF8.GetString(body) }, 200, null);
            case "text/plain":
                return new Result(new AnalyzeRequest { Text = Encoding.UTF8.GetString(body) }, 200, null);
            case "application/json":
                break;
            default:
                return new Result(null, StatusCodes.Status415UnsupportedMediaType,
                    new ApiError("unsupported-media-type", $"Content-Type {mediaType} is not accepted; use application/json, text/html or text/plain."));
        }

        AnalyzeRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<AnalyzeRequest>(body, ApiJson.Options);
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            return Bad("malformed-json", "The body is not valid JSON" + where + ".");
        }

        if (parsed is null)
        {
            return Bad("malformed-json", "The body must be a JSON object.");
        }

        int given = (parsed.Html is null ? 0 : 1) + (parsed.Text is null ? 0 : 1) + (parsed.Url is null ? 0 : 1);
        if (given != 1)
        {
            return Bad("invalid-request", "Give exactly one of \"html\", \"text\" or \"url\".");
        }

        if (parsed.Published is not null && !DateOnly.TryParseExact(parsed.Published, "yyyy-MM-dd", out _))
        {
            return Bad("invalid-request", "\"published\" must be a date yyyy-MM-dd.");
        }

        return new Result(parsed, 200, null);
    }

    private static Result TooLarge(long maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, new ApiError("body-too-large", $"The request body is larger than the limit of {maxBytes:N0} bytes."));

    private static Result Bad(string code, string message) => new(null, StatusCodes.Status400BadRequest, new ApiError(code, message));
}
