namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// One attribute: its name (lower-case, interned by the builder, so lookups by a literal name
/// compare references first) and its value as a range of the page source, decoded on first use.
/// </summary>
internal struct HtmlAttribute
{
    public string Name;
    public int ValueStart;
    public int ValueLength;
    public bool HasReferences;

    /// <summary>The decoded value once made (or given, for attributes not read from a source).</summary>
    public string? Value;
}

/// <summary>
/// The attributes of one page in one growing array over the page source; elements hold a range
/// of it. Sized from the page so an average page's array stays off the large object heap.
/// </summary>
internal sealed class HtmlAttributeStore(string source, int capacity = 64)
{
    /// <summary>Attributes per character of source on news pages is about 1 in 90; the start size errs low.</summary>
    public const int CharsPerAttribute = 128;

    /// <summary>Largest start size: 2,048 entries of 32 bytes stay under the 85 KB large-object threshold.</summary>
    public const int MaxInitialCapacity = 2048;

    private HtmlAttribute[] items = new HtmlAttribute[Math.Clamp(capacity, 16, MaxInitialCapacity)];

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

    public string ValueOf(int index)
    {
        ref var a = ref items[index];
        return a.Value ??= a.HasReferences
            ? CharacterReferences.Decode(source.AsSpan(a.ValueStart, a.ValueLength), inAttribute: true)
            : source.Substring(a.ValueStart, a.ValueLength);
    }

    /// <summary>The value without a copy when it needs no decoding.</summary>
    public ReadOnlySpan<char> SpanOf(int index)
    {
        ref var a = ref items[index];
        return a.Value is not null ? a.Value.AsSpan() : a.HasReferences ? ValueOf(index).AsSpan() : source.AsSpan(a.ValueStart, a.ValueLength);
    }
}
