using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Turns raw bytes into text: enforces size limits, inflates gzip, refuses binary content and
/// decodes with the right charset.
/// </summary>
internal sealed class InputDecoder
{
    public DecodedInput Decode(RawInput input, InputLimits limits)
    {
        var bytes = input.Bytes.Span;
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string contentType = input.ContentType ?? "text/html";
        if (bytes.Length > limits.MaxInputBytes)
        {
            return Refused(DiagnosticCodes.InputTooLarge, $"Input is {bytes.Length:N0} bytes; the limit is {limits.MaxInputBytes:N0}.");
        }

        byte[] data = bytes.ToArray();
        if (data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b)
        {
            using var gz = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            data = ms.ToArray();
        }

        string text = Encoding.UTF8.GetString(data);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refused(DiagnosticCodes.EmptyInput, "Input is empty.");
        }

        var kind = text.AsSpan().TrimStart().StartsWith("<") ? InputKind.Html : InputKind.PlainText;
        return new DecodedInput(text, kind, kind == InputKind.Html ? "text/html" : "text/plain", bytes.Length, sha, []);

        DecodedInput Refused(string code, string message) =>
            new(null, InputKind.PlainText, contentType, input.Bytes.Length, sha, [Diagnostic.Error(code, message)]);
    }
}
