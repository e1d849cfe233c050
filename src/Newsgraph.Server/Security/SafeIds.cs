namespace Newsgraph.Server.Security;

/// <summary>
/// Which ids a URL may carry. Ids are only ever SQL parameters, never paths, but refusing anything
/// that looks like a path (separators, "..", control characters) early keeps it that way if a
/// file-backed store ever appears, and answers probes with a clear 400 instead of a 404.
/// </summary>
public static class SafeIds
{
    /// <summary>Article and story ids: the store makes them from hex, letters, digits, '-' and '_';
    /// JSONL ids are kept as given, so dots and colons are allowed too.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Entity names and keys are free text ("Kim Jong-un", "org:united nations").</summary>
    public const int MaxEntityLength = 300;

    public static bool IsArticleOrStoryId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static bool IsEntityKey(string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxEntityLength && !key.Contains("..", StringComparison.Ordinal)
        && !key.Any(c => char.IsControl(c) || c is '/' or '\\' or '<' or '>');
}
