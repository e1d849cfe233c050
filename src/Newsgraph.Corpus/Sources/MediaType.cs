namespace Newsgraph.Corpus.Sources;

/// <summary>The parts of a Content-Type header the sources need: the media type and the charset.</summary>
internal readonly record struct MediaType(string? Name, string? Charset)
{
    public bool IsHtml => Name is "text/html" or "application/xhtml+xml";

    public static MediaType Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return default;
        }

        var parts = header.Split(';');
        string name = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var part in parts.AsSpan(1))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = part[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                charset = charset.Length == 0 ? null : charset;
            }
        }

        return new MediaType(name.Length == 0 ? null : name, charset);
    }
}
