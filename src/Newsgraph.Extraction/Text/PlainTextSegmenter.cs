using System.Globalization;
using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Text;

/// <summary>
/// Segments a page flattened to plain text into chrome, headline, caption and credit, byline, body
/// and author bio. Works line by line with the general layout of news pages (<see cref="TextCues"/>):
/// breadcrumbs and furniture before a title-like line, captions ending in a credit, a trailing
/// "&lt;Name&gt; is a writer for …" bio. Body blocks map back to the input by their start offsets.
/// </summary>
internal sealed class PlainTextSegmenter
{
    /// <summary>The headline is looked for among the first units only: past them, the page has none.</summary>
    private const int HeadlineSearchUnits = 12;

    public TextArticle Segment(string text)
    {
        var units = TextUnits.Split(text);
        var state = new State();
        int headline = FindHeadline(units);
        if (headline >= 0)
        {
            ReadHeadline(units[headline].Text, state);
            state.Section.AddRange(NavigationBefore(units, headline));
        }

        var candidates = new List<int>();
        for (int i = headline + 1; i < units.Count; i++)
        {
            if (!ReadFurniture(units[i], state, afterBody: candidates.Count > 0))
            {
                candidates.Add(i);
            }
        }

        // A trailing bio ends the article: it and whatever follows are not body.
        int bioAt = FindBio(units, candidates, state);
        if (bioAt >= 0)
        {
            candidates.RemoveAll(i => i >= bioAt);
        }

        TrimTrailingLabels(units, candidates);
        var builder = new ArticleTextBuilder();
        for (int k = 0; k < candidates.Count; k++)
        {
            var unit = units[candidates[k]];
            builder.AppendBlock(KindOf(unit, k + 1 < candidates.Count ? units[candidates[k + 1]] : null), unit.Text, unit.Start);
        }

        string body = builder.Text;
        var info = new ArticleInfo
        {
            Title = state.Title,
            Authors = state.Authors.Select(a => new Author(a, state.Bios.GetValueOrDefault(a))).ToList(),
            AuthorOrgs = state.Orgs,
            Published = state.Published,
            Site = state.Site ?? state.BioSite,
            Section = state.Section,
            Tags = state.Tags,
            Language = LooksEnglish(body) ? "en" : null,
        };
        return new TextArticle(body, builder.Blocks, builder.Segments, info, state.Images);
    }

    /// <summary>What the segmenter has learned so far.</summary>
    private sealed class State
    {
        public string? Title { get; set; }

        public string? Site { get; set; }

        public string? BioSite { get; set; }

        public string? Published { get; set; }

        public List<string> Authors { get; } = [];

        public List<string> Orgs { get; } = [];

        public Dictionary<string, string> Bios { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Section { get; } = [];

        public List<string> Tags { get; } = [];

        public List<ArticleImage> Images { get; } = [];
    }

    /// <summary>The first title-like unit near the top: a few words to a long line, not a sentence, not furniture.</summary>
    private static int FindHeadline(List<TextUnit> units)
    {
        for (int i = 0; i < Math.Min(units.Count, HeadlineSearchUnits); i++)
        {
            var unit = units[i];
            if (IsChrome(unit.Text) || BylineParser.ParseByline(unit.Text) is not null || IsDateLine(unit.Text) || IsBreadcrumb(unit.Text))
            {
                continue;
            }

            int words = unit.WordCount;
            if (words >= TextCues.HeadlineMinWords && words <= TextCues.HeadlineMaxWords && unit.Text.Length <= TextCues.HeadlineMaxChars
                && unit.Text[^1] is not ('.' or ':' or ')') && CaptionParser.Parse(unit.Text) is null)
            {
                return i;
            }

            if (words > TextCues.HeadlineMaxWords)
            {
                // Prose before any title: the page has no headline line.
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Title | Site" or "Title - Site": the site goes to Site.</summary>
    private static void ReadHeadline(string line, State state)
    {
        foreach (string separator in new[] { " | ", " – ", " — ", " - " })
        {
            int at = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line.Length - at - separator.Length is > 1 and <= TextCues.NavMaxChars && line[(at + separator.Length)..].Split(' ').Length <= TextCues.NavMaxWords)
            {
                state.Title = line[..at].Trim();
                state.Site = line[(at + separator.Length)..].Trim();
                return;
            }
        }

        state.Title = line;
    }

    /// <summary>Breadcrumb labels right above the headline ("News", "World", or "News > World").</summary>
    private static IEnumerable<string> NavigationBefore(List<TextUnit> units, int headline)
    {
        var labels = new List<string>();
        for (int i = headline - 1; i >= 0; i--)
        {
            string line = units[i].Text;
            if (IsChrome(line) || IsDateLine(line))
            {
                continue;
            }

            var parts = NavParts(line);
            if (parts.Length == 0 || !parts.All(IsNavLabel))
            {
                break;
            }

            labels.InsertRange(0, parts);
        }

        return labels;
    }

    private static readonly string[] BreadcrumbSeparators = [" > ", " / ", " » ", " | ", " › "];

    private static string[] NavParts(string line) =>
        line.Split(BreadcrumbSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !TextCues.ChromeLines.Contains(p))
            .ToArray();

    /// <summary>"Home > Science > Space": several short labels joined by breadcrumb separators.</summary>
    private static bool IsBreadcrumb(string line) =>
        line.Length <= TextCues.ShortLineMaxChars && BreadcrumbSeparators.Any(s => line.Contains(s, StringComparison.Ordinal)) && NavParts(line) is { Length: > 0 } parts && parts.All(IsNavLabel);

    private static bool IsNavLabel(string part) =>
        part.Length <= TextCues.NavMaxChars
        && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= TextCues.NavMaxWords
        && !TextCues.SentenceEnds.Contains(part[^1])
        && char.IsUpper(part[0]);

    /// <summary>Reads a non-body unit (chrome, byline, date, caption, tags) into the state; false when the unit may be body.</summary>
    private static bool ReadFurniture(TextUnit unit, State state, bool afterBody)
    {
        string line = unit.Text;
        if (IsChrome(line))
        {
            if (state.Site is null && line.Length <= TextCues.ShortLineMaxChars && TextPatterns.Copyright().Match(line) is { Success: true } copyright)
            {
                state.BioSite ??= copyright.Groups["site"].Value.Trim();
            }

            return true;
        }

        if (TagsOf(line) is { } tags)
        {
            state.Tags.AddRange(tags);
            return true;
        }

        if (BylineParser.ParseByline(line) is { } byline)
        {
            state.Authors.AddRange(byline.People.Where(p => !state.Authors.Contains(p, StringComparer.OrdinalIgnoreCase)));
            state.Orgs.AddRange(byline.Organisations.Where(o => !state.Orgs.Contains(o, StringComparer.OrdinalIgnoreCase)));
            if (byline.Rest is { } rest)
            {
                state.Published ??= DateOf(rest);
            }

            return true;
        }

        if (IsDateLine(line))
        {
            state.Published ??= DateOf(line);
            return true;
        }

        if (CaptionParser.Parse(line) is { } caption)
        {
            if (caption.Text is null && state.Images.Count > 0 && state.Images[^1].Credit is null)
            {
                state.Images[^1] = state.Images[^1] with { Credit = caption.Credit };
            }
            else
            {
                state.Images.Add(new ArticleImage(null, caption.Text, caption.Credit, null));
            }

            return true;
        }

        // A lone short label before any body text (a kicker, "Analysis") is furniture too.
        return !afterBody && unit.WordCount <= TextCues.NavMaxWords && !unit.EndsLikeSentence;
    }

    /// <summary>A trailing bio among the last candidates; records the author and bio. Returns its unit index or -1.</summary>
    private static int FindBio(List<TextUnit> units, List<int> candidates, State state)
    {
        for (int k = candidates.Count - 1; k >= Math.Max(1, candidates.Count - TextCues.BioSearchUnits); k--)
        {
            var bio = BylineParser.ParseBio(units[candidates[k]].Text);
            if (bio is null)
            {
                continue;
            }

            if (state.Authors.Count == 0 || state.Authors.Contains(bio.Name, StringComparer.OrdinalIgnoreCase))
            {
                if (!state.Authors.Contains(bio.Name, StringComparer.OrdinalIgnoreCase))
                {
                    state.Authors.Add(bio.Name);
                }

                state.Bios[bio.Name] = bio.Text;
                state.BioSite ??= bio.Site;
                return candidates[k];
            }
        }

        return -1;
    }

    /// <summary>Drops short label lines after the last paragraph ("More from World", "Sign up").</summary>
    private static void TrimTrailingLabels(List<TextUnit> units, List<int> candidates)
    {
        while (candidates.Count > 0)
        {
            var last = units[candidates[^1]];
            if (last.EndsLikeSentence || last.WordCount > TextCues.SubheadingMaxWords)
            {
                return;
            }

            candidates.RemoveAt(candidates.Count - 1);
        }
    }

    private static BlockKind KindOf(TextUnit unit, TextUnit? next)
    {
        if (TextPatterns.ListItem().IsMatch(unit.Text))
        {
            return BlockKind.ListItem;
        }

        bool heading = unit.WordCount <= TextCues.SubheadingMaxWords && !unit.EndsLikeSentence && next is { } n && n.WordCount > TextCues.SubheadingMaxWords;
        return heading ? BlockKind.Heading : BlockKind.Paragraph;
    }

    private static bool IsChrome(string line)
    {
        if (line.Length > TextCues.ShortLineMaxChars)
        {
            return false;
        }

        string bare = line.TrimEnd('.', '!', ':', '›', '»', '>', ' ');
        if (TextCues.ChromeLines.Contains(bare))
        {
            return true;
        }

        foreach (string prefix in TextCues.ChromePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string>? TagsOf(string line)
    {
        if (line.Length > TextCues.ShortLineMaxChars)
        {
            return null;
        }

        foreach (string prefix in TextCues.TagPrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return line[prefix.Length..].Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return null;
    }

    private static bool IsDateLine(string line) =>
        line.Length <= 80 && TextPatterns.Date().IsMatch(line) && TextPatterns.DateLine().IsMatch(line);

    /// <summary>The first date in <paramref name="text"/> as yyyy-MM-dd, or null.</summary>
    private static string? DateOf(string text)
    {
        var match = TextPatterns.Date().Match(text);
        if (!match.Success)
        {
            return null;
        }

        string value = match.Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace("Sept ", "Sep ", StringComparison.Ordinal);
        string[] formats = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"];
        return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool LooksEnglish(string body)
    {
        int words = 0, function = 0;
        foreach (var word in body.AsSpan(0, Math.Min(body.Length, 4000)).Split(' '))
        {
            var w = body.AsSpan(0, Math.Min(body.Length, 4000))[word].Trim(".,;:!?\"“”’'()\n");
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            if (TextCues.EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            {
                function++;
            }
        }

        return words >= 20 && function > words * TextCues.EnglishFunctionWordShare;
    }
}
