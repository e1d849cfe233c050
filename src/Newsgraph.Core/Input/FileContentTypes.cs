namespace Newsgraph.Core.Input;

/// <summary>The content type a page file's name implies, for the CLI's file inputs and the corpus's
/// file source alike, so the two read a file the same way.</summary>
public static class FileContentTypes
{
    /// <summary>Content type implied by a file name (a final .gz looked through); null lets the decoder sniff.</summary>
    public static string? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" => "text/plain",
            ".html" or ".htm" => "text/html",
            ".xhtml" => "application/xhtml+xml",
            _ => null,
        };
    }
}
