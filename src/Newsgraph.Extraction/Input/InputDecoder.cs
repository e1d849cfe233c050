using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Turns raw bytes into text: enforces size limits, inflates gzip within a cap, refuses binary
/// content and decodes with the right charset.
/// </summary>
/// <remarks>
/// Charset order: a BOM wins; then bytes that are valid UTF-8 are read as UTF-8 whatever is declared
/// (strict validation is vectorised and almost never wrong: legacy-charset text is essentially never
/// valid UTF-8, while pages re-saved as UTF-8 often keep a stale declaration); then the declared
/// charset (HTTP header, then &lt;meta&gt;/XML declaration), checked against its own replacement count;
/// then statistical detection. The fast path (ASCII or valid UTF-8) costs a validation pass and
/// one GetString.
/// </remarks>
internal sealed class InputDecoder
{
    public DecodedInput Decode(RawInput input, InputLimits limits)
    {
        var raw = input.Bytes;
        string sha = Convert.ToHexStringLower(SHA256.HashData(raw.Span));
        string contentType = input.ContentType ?? "text/html";
        if (raw.Length > limits.MaxInputBytes)
        {
            return Refused(DiagnosticCodes.InputTooLarge, $"Input is {Size(raw.Length)}; the limit is {Size(limits.MaxInputBytes)} (InputLimits.MaxInputBytes).");
        }

        var data = raw;
        if (GzipInflater.IsGzip(raw.Span))
        {
            var inflated = GzipInflater.Inflate(raw, limits.MaxDecompressedBytes);
            if (inflated.OverLimit)
            {
                return Refused(DiagnosticCodes.DecompressionLimit, $"Compressed input ({Size(raw.Length)}) expands past the {Size(limits.MaxDecompressedBytes)} limit (InputLimits.MaxDecompressedBytes); refused as a likely decompression bomb.");
            }

            if (inflated.Data is not { } bytes)
            {
                return Refused(DiagnosticCodes.ReadFailed, $"Input starts like gzip but could not be inflated: {inflated.Error}");
            }

            data = bytes;
        }

        var span = data.Span;
        if (span.IsEmpty)
        {
            return Refused(DiagnosticCodes.EmptyInput, "Input is empty (0 bytes).");
        }

        var diagnostics = new List<Diagnostic>();
        var (encoding, bomLength) = ByteOrderMark.Detect(span);
        if (encoding is null && BinarySniffer.DetectBomlessUtf16(span) is { } utf16)
        {
            encoding = utf16;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CharsetDetected, $"No byte order mark, but the bytes are {utf16.WebName} text; decoded as {utf16.WebName}."));
        }

        if (encoding is null && BinarySniffer.Describe(span) is { } binary)
        {
            return Refused(DiagnosticCodes.BinaryInput, $"Input looks like {binary}, not a web page or text.");
        }

        string text = encoding is not null
            ? Decode(encoding, span[bomLength..], diagnostics)
            : DecodeUndeclared(span, contentType, input.ContentType is not null, diagnostics, out encoding);

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refused(DiagnosticCodes.EmptyInput, "Input holds only whitespace.");
        }

        var kind = InputKindSniffer.Sniff(text, input.ContentType);
        return new DecodedInput(text, kind, kind == InputKind.Html ? "text/html" : "text/plain", raw.Length, sha, diagnostics, encoding.WebName);

        DecodedInput Refused(string code, string message) =>
            new(null, InputKind.PlainText, contentType, raw.Length, sha, [Diagnostic.Error(code, message)]);
    }

    /// <summary>Decodes bytes without a BOM: UTF-8 when valid, else the declared charset, else a detected one.</summary>
    private static string DecodeUndeclared(ReadOnlySpan<byte> span, string contentType, bool hasHeader, List<Diagnostic> diagnostics, out Encoding encoding)
    {
        encoding = EncodingLabels.Utf8;
        // ESC (0x1B) only matters for ISO-2022 charsets, which are 7-bit and so also valid UTF-8.
        bool hasEscape = span.Contains((byte)0x1B);
        if (!hasEscape && System.Text.Ascii.IsValid(span))
        {
            // Every charset a page may declare (bar UTF-16/32, which need a BOM) reads ASCII the same way.
            return EncodingLabels.Utf8.GetString(span);
        }

        var declared = Declared(span, contentType, hasHeader);
        if (hasEscape && declared.Encoding is { } iso2022 && iso2022.WebName.StartsWith("iso-2022", StringComparison.OrdinalIgnoreCase))
        {
            encoding = iso2022;
            return Decode(iso2022, span, diagnostics);
        }

        if (Utf8.IsValid(span))
        {
            if (declared.Encoding is { } other && !EncodingLabels.IsUtf8(other))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CharsetMismatch, $"The {declared.Source} declares charset '{declared.Label}', but the bytes are valid UTF-8; decoded as UTF-8."));
            }

            return EncodingLabels.Utf8.GetString(span);
        }

        if (declared.Encoding is { } legacy && !EncodingLabels.IsUtf8(legacy))
        {
            string text = legacy.GetString(span);
            int replaced = text.AsSpan().Count('\uFFFD');
            if (replaced > text.Length * DecodingThresholds.ReplacementShareForWrongCharset
                && CharsetGuesser.Detect(span) is { } better
                && better.Confidence >= DecodingThresholds.DetectorOverrideConfidence
                && better.Encoding.CodePage != legacy.CodePage)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CharsetMismatch, $"The {declared.Source} declares charset '{declared.Label}', but the bytes do not decode in it; detected {better.Encoding.WebName} (confidence {better.Confidence:0.00})."));
                encoding = better.Encoding;
                return Decode(better.Encoding, span, diagnostics);
            }

            encoding = legacy;
            NoteReplacements(replaced, legacy, diagnostics);
            return text;
        }

        if (Utf8Health.IsMostlyUtf8(Utf8Health.Measure(span)))
        {
            // UTF-8 with a few broken bytes (a truncated multi-byte character, a pasted Latin-1 quote).
            return Decode(EncodingLabels.Utf8, span, diagnostics);
        }

        var guess = CharsetGuesser.Detect(span);
        encoding = guess?.Encoding is { } g && !EncodingLabels.IsUtf8(g) ? g : EncodingLabels.Resolve("windows-1252")!;
        string how = guess is { } found && !EncodingLabels.IsUtf8(found.Encoding)
            ? $"detected {encoding.WebName} (confidence {found.Confidence:0.00})"
            : $"fell back to {encoding.WebName}";
        diagnostics.Add(declared.Encoding is not null
            ? Diagnostic.Warning(DiagnosticCodes.CharsetMismatch, $"The {declared.Source} declares charset '{declared.Label}', but the bytes are not valid UTF-8; {how}.")
            : Diagnostic.Warning(DiagnosticCodes.CharsetDetected, $"No charset was declared and the bytes are not UTF-8; {how}."));
        return Decode(encoding, span, diagnostics);
    }

    /// <summary>The declared charset: the HTTP header wins over the markup, as in browsers.</summary>
    private static (Encoding? Encoding, string? Label, string Source) Declared(ReadOnlySpan<byte> span, string contentType, bool hasHeader)
    {
        if (hasHeader && CharsetDeclarations.FromContentType(contentType) is { } header && EncodingLabels.Resolve(header) is { } fromHeader)
        {
            return (fromHeader, header, "Content-Type header");
        }

        if (CharsetDeclarations.FromMarkup(span) is { } markup && EncodingLabels.Resolve(markup) is { } fromMarkup)
        {
            return (fromMarkup, markup, "page (meta or XML declaration)");
        }

        return (null, null, "page");
    }

    private static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        string text = encoding.GetString(bytes);
        NoteReplacements(text.AsSpan().Count('\uFFFD'), encoding, diagnostics);
        return text;
    }

    private static void NoteReplacements(int replaced, Encoding encoding, List<Diagnostic> diagnostics)
    {
        if (replaced > 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidBytesReplaced, $"{replaced:N0} byte sequence(s) not valid in {encoding.WebName} were replaced with U+FFFD."));
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB ({bytes:N0} bytes)")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
