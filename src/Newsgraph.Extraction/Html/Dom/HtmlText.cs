namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// A run of character data. Held as a range of the page source; the string (with character
/// references decoded) is only made when a reader asks for <see cref="Data"/> or the range holds
/// a reference, so most text costs no copy.
/// </summary>
internal sealed class HtmlText : HtmlNode
{
    private readonly string source;
    private readonly int start;
    private readonly int length;
    private string? data;

    public HtmlText(string source, int start, int length, bool hasReferences)
    {
        this.source = source;
        this.start = start;
        this.length = length;
        if (hasReferences)
        {
            data = CharacterReferences.Decode(source.AsSpan(start, length), inAttribute: false);
        }
    }

    /// <summary>A text node over a whole, already decoded string.</summary>
    public HtmlText(string data)
        : this(data, 0, data.Length, hasReferences: false)
    {
    }

    /// <summary>The decoded text, without a copy when the source needed no decoding.</summary>
    public ReadOnlySpan<char> Span => data is null ? source.AsSpan(start, length) : data.AsSpan();

    public string Data => data ??= source.Substring(start, length);
}
