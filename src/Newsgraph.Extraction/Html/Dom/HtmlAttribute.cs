namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// One attribute, as ranges of the page source. <see cref="Name"/> is lower-case and interned by
/// the builder, so lookups by a literal name compare references first.
/// </summary>
internal struct HtmlAttribute
{
    public string Name;
    public string Source;
    public int ValueStart;
    public int ValueLength;
    public bool HasReferences;

    /// <summary>The decoded value, made on first use.</summary>
    public string? Value;

    public string GetValue() =>
        Value ??= HasReferences
            ? CharacterReferences.Decode(Source.AsSpan(ValueStart, ValueLength), inAttribute: true)
            : Source.Substring(ValueStart, ValueLength);

    public readonly ReadOnlySpan<char> ValueSpan => Value is not null ? Value.AsSpan() : HasReferences ? CharacterReferences.Decode(Source.AsSpan(ValueStart, ValueLength), inAttribute: true).AsSpan() : Source.AsSpan(ValueStart, ValueLength);
}

/// <summary>The attributes of one page, in one growing array; elements hold a range of it.</summary>
internal sealed class HtmlAttributeStore
{
    private HtmlAttribute[] items = new HtmlAttribute[256];

    public int Count { get; private set; }

    public ref HtmlAttribute this[int index] => ref items[index];

    public void Add(in HtmlAttribute attribute)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = attribute;
    }
}
