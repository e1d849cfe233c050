namespace Newsgraph.Core.Input;

/// <summary>
/// The bytes of one page as they arrived, with what the transport said about them. The extraction
/// stage turns this into a <see cref="Documents.Document"/>.
/// </summary>
/// <param name="Uri">file:… or https:… address of the input, or "stdin:".</param>
/// <param name="Bytes">The raw (possibly still gzip-compressed) bytes.</param>
/// <param name="ContentType">Content-Type from HTTP or guessed from the file name, if any.</param>
public sealed record RawInput(string Uri, ReadOnlyMemory<byte> Bytes, string? ContentType = null)
{
    /// <summary>Publication date to use when the page gives none (<c>--published</c>).</summary>
    public DateOnly? PublishedFallback { get; init; }

    /// <summary>The page's own URL when known, to resolve relative links and images.</summary>
    public string? PageUrl { get; init; }
}
