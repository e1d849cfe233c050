using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Newsgraph.Core.Report;

namespace Newsgraph.Server.Api;

/// <summary>Writes JSON responses with a content ETag (<c>If-None-Match</c> answers 304) and the
/// error bodies every endpoint shares.</summary>
public static class ApiJson
{
    /// <summary>camelCase like the CLI's JSON; the default encoder escapes &lt; &gt; &amp; so a JSON
    /// body can never be read as markup.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync<T>(HttpContext context, T value, int status = StatusCodes.Status200OK) =>
        WriteBytesAsync(context, JsonSerializer.SerializeToUtf8Bytes(value, Options), status);

    public static Task WriteReportAsync(HttpContext context, AnalysisReport report) =>
        WriteBytesAsync(context, System.Text.Encoding.UTF8.GetBytes(ReportJson.Serialize(report)), StatusCodes.Status200OK);

    public static Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.Headers.CacheControl = "no-store";
        return WriteBytesAsync(context, JsonSerializer.SerializeToUtf8Bytes(new ApiError(code, message), Options), status, etag: false);
    }

    /// <summary>Writes JSON already serialised (a cached response).</summary>
    public static Task WriteJsonBytesAsync(HttpContext context, byte[] body) => WriteBytesAsync(context, body, StatusCodes.Status200OK);

    private static async Task WriteBytesAsync(HttpContext context, byte[] body, int status, bool etag = true)
    {
        var response = context.Response;
        if (etag && status == StatusCodes.Status200OK)
        {
            string tag = ETagOf(body);
            response.Headers.ETag = tag;
            response.Headers.CacheControl = "no-cache";
            if (Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A strong validator from the bytes themselves: the same data gives the same tag
    /// whichever connection or process served it.</summary>
    public static string ETagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";

    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        foreach (string? value in ifNoneMatch)
        {
            foreach (string candidate in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || candidate == tag || candidate == "W/" + tag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
