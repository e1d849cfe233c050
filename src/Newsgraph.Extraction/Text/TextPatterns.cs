using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Text;

/// <summary>Line patterns of flattened news pages: bylines, dates, author bios, list items.</summary>
internal static partial class TextPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe | Reuters", "Written by Jane Doe, Staff Writer".</summary>
    [GeneratedRegex(@"^(?:by|written by|words by|reporting by|story by)[\s:]+(?<names>[^|•·]+?)(?:\s*(?:[|•·–—]| - )\s*(?<rest>.*))?$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex Byline();

    /// <summary>Month-name and ISO dates.</summary>
    [GeneratedRegex(@"\b(?:(?<mdy>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})|(?<dmy>\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})|(?<iso>\d{4}-\d{2}-\d{2}))\b", Options)]
    public static partial Regex Date();

    /// <summary>A line that is a dateline: an optional label, a date, maybe a time and zone.</summary>
    [GeneratedRegex(@"^(?:(?:published|updated|posted|last updated|first published|modified)(?:\s+on)?:?\s*)?(?:\w+day,?\s+)?[\w .,:/-]{0,40}$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex DateLine();

    /// <summary>"Jane Doe is a staff writer for The Example Times. …" (the name, the role phrase, and what follows).</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]+|de|da|van|von|der|al|bin)){1,3})\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\s+(?<role>[^.]{0,120})", Options)]
    public static partial Regex Bio();

    /// <summary>The publication after a role: "writer for National Review", "reporter at The Example Post".</summary>
    [GeneratedRegex(@"\b(?:for|at|with)\s+(?:the\s+)?(?<site>\p{Lu}[\p{L}&'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’\-]*){0,4})", Options)]
    public static partial Regex SiteAfterRole();

    /// <summary>List items: bullets and numbered items.</summary>
    [GeneratedRegex(@"^(?:[•·\-\*–]\s+|\d{1,2}[.)]\s+)", Options)]
    public static partial Regex ListItem();

    /// <summary>A copyright line naming the publisher: "© 2023 The Example Times".</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(?<site>[^.|,]{2,60}?)(?:[.|,]|\s+all rights reserved|$)", Options | RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();
}
