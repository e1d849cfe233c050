using System.Buffers;

namespace Newsgraph.Extraction.Input;

/// <summary>Decides whether decoded text is an HTML page or plain text.</summary>
internal static class InputKindSniffer
{
    /// <summary>Media types that mean HTML.</summary>
    private static readonly string[] HtmlMediaTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Media types that mean plain text (a page already flattened, a .txt file).</summary>
    private static readonly string[] TextMediaTypes = ["text/plain"];

    /// <summary>
    /// Openings that make untyped text HTML when found near its start. Common enough that any real
    /// page has one in its first KB, specific enough that prose rarely contains them.
    /// </summary>
    private static readonly string[] HtmlCues =
    [
        "<!doctype", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<script",
        "<link", "<style", "<table", "<span", "<br", "<a href", "<article", "<section", "<h1", "<h2", "<!--", "<?xml",
    ];

    private static readonly SearchValues<string> HtmlCueValues = SearchValues.Create(HtmlCues, StringComparison.OrdinalIgnoreCase);

    public static InputKind Sniff(string text, string? contentType)
    {
        string mediaType = MediaType(contentType);
        if (TextMediaTypes.Contains(mediaType))
        {
            return InputKind.PlainText;
        }

        var head = text.AsSpan().TrimStart();
        head = head[..Math.Min(head.Length, DecodingThresholds.KindSniffChars)];
        bool looksHtml = (head.Length > 1 && head[0] == '<' && IsTagStart(head[1])) || head.IndexOfAny(HtmlCueValues) >= 0;
        if (looksHtml)
        {
            return InputKind.Html;
        }

        // Declared HTML with no tag anywhere is a text file served or named as HTML: the HTML path
        // would find no paragraphs in it.
        return HtmlMediaTypes.Contains(mediaType) && HasAnyTag(text) ? InputKind.Html : InputKind.PlainText;
    }

    /// <summary>The media type of a Content-Type value, lower-cased, without parameters.</summary>
    public static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return string.Empty;
        }

        int semicolon = contentType.IndexOf(';');
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    private static bool IsTagStart(char c) => char.IsAsciiLetter(c) || c is '!' or '/' or '?';

    private static bool HasAnyTag(string text)
    {
        var span = text.AsSpan();
        int i;
        while ((i = span.IndexOf('<')) >= 0 && i + 1 < span.Length)
        {
            if (IsTagStart(span[i + 1]))
            {
                return true;
            }

            span = span[(i + 1)..];
        }

        return false;
    }
}
