using Newsgraph.Core.Diagnostics;

namespace Newsgraph.Extraction.Input;

/// <summary>What kind of text a decoded input holds.</summary>
internal enum InputKind
{
    Html,
    PlainText,
}

/// <summary>
/// An input after size checks, decompression and charset decoding. <see cref="Text"/> is null when
/// the input was refused; <see cref="Diagnostics"/> then holds an error saying why.
/// <see cref="Charset"/> is the WebName of the encoding the text was decoded with (null when refused).
/// </summary>
internal sealed record DecodedInput(
    string? Text,
    InputKind Kind,
    string ContentType,
    long Bytes,
    string Sha256,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Charset = null);
