using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Walks the DOM once, iteratively (pages can nest far deeper than the stack allows), and files
/// the elements the metadata resolvers need into a <see cref="PageScan"/>.
/// </summary>
internal sealed class PageWalker(int maxDepth)
{
    /// <summary>Caps per list: a pathological page cannot make the resolvers slow.</summary>
    private const int MaxPerList = 80;

    private const int MaxH2 = 24;

    /// <summary>Longest bare byline opener ("Written by:").</summary>
    private const int MaxOpenerChars = 12;

    /// <summary>Teaser and comment blocks are small: their marker sits a few levels up.</summary>
    private const int TeaserLevels = 5;

    /// <summary>Distinct class/id values remembered per page; a hostile page cannot grow the cache past this.</summary>
    private const int MaxCachedCueValues = 4096;

    /// <summary>Pending elements in a breadcrumb search: bounds the stack on hostile nesting.</summary>
    private const int MaxBreadcrumbSearchDepth = 4096;

    public PageScan Walk(HtmlTree dom)
    {
        var scan = new PageScan();
        var root = dom.DocumentElement;
        var stack = new Stack<(HtmlNode? Next, Region Region)>();
        int order = 0;
        var rootRegion = Visit(root, Region.None, scan, ref order, out bool skipRoot);
        if (!skipRoot)
        {
            stack.Push((root.FirstChild, rootRegion));
        }

        while (stack.Count > 0)
        {
            var (node, region) = stack.Pop();
            if (node is null)
            {
                continue;
            }

            stack.Push((node.NextSibling, region));
            if (node is not HtmlElement element)
            {
                continue;
            }

            var own = Visit(element, region, scan, ref order, out bool skip);
            if (skip || !element.HasChildren)
            {
                continue;
            }

            if (stack.Count >= maxDepth)
            {
                scan.DepthLimited = true;
                continue;
            }

            stack.Push((element.FirstChild, own));
        }

        scan.ElementCount = order;
        return scan;
    }

    /// <summary>Whether a class or id value holds any cue, by value: pages repeat the same few class
    /// strings hundreds of times, and a lookup is cheaper than the multi-string search.</summary>
    private readonly Dictionary<string, bool> cueSeen = new(StringComparer.Ordinal);

    private bool HasAnyCue(string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (!cueSeen.TryGetValue(value, out bool has))
        {
            has = value.AsSpan().ContainsAny(ScanCues.AnyCue);
            if (cueSeen.Count < MaxCachedCueValues)
            {
                cueSeen[value] = has;
            }
        }

        return has;
    }

    private Region Visit(HtmlElement e, Region parent, PageScan scan, ref int order, out bool skip)
    {
        order++;
        string tag = e.LocalName;
        skip = ScanCues.SkippedTags.Contains(tag);
        var region = parent;
        switch (tag)
        {
            case "html":
                scan.HtmlLang = e.GetAttribute("lang") ?? e.GetAttribute("xml:lang");
                break;
            case "meta":
                AddMeta(e, scan);
                return region;
            case "title":
                if (scan.TitleText is null && (region & Region.Article) == 0)
                {
                    scan.TitleText = e.TextContent;
                }

                return region;
            case "link":
                if (scan.CanonicalHref is null && string.Equals(e.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    scan.CanonicalHref = e.GetAttribute("href");
                }

                return region;
            case "nav":
                // Menus hold no article metadata; a breadcrumb nav is the exception.
                region |= Region.Navigation;
                skip |= !IsBreadcrumbNav(e);
                break;
            case "footer":
                region |= Region.Footer;
                skip |= e.ParentElement?.LocalName == "body";
                break;
            case "aside":
                region |= Region.Aside;
                break;
            case "header":
                region |= Region.Header;
                break;
            case "article":
            case "main":
                region |= Region.Article;
                break;
            case "a":
                region |= Region.Link;
                break;
            case "h1":
                if (scan.Headings.Count < MaxPerList * 2)
                {
                    scan.Headings.Add(new ScannedElement(e, order, "h1", region));
                }

                break;
            case "h2":
                if (scan.Headings.Count < MaxH2 && (region & Region.Elsewhere) == 0)
                {
                    Add(scan.Headings, new ScannedElement(e, order, "h2", region));
                }

                break;
            case "time":
                Add(scan.Dates, new ScannedElement(e, order, "time", region));
                break;
            case "figure":
                Add(scan.Figures, new ScannedElement(e, order, "figure", region));
                break;
            case "figcaption":
                Add(scan.Captions, new ScannedElement(e, order, "figcaption", region));
                break;
        }

        if (e.FirstChild is HtmlText firstText && firstText.Span is { Length: < 200 } first && StartsWithByline(first))
        {
            // "<span>Von</span> <a>Name</a>": the opener alone names no one; its parent holds the byline.
            bool openerOnly = e.HasSingleChild && first.Trim().Length <= MaxOpenerChars && e.ParentElement is not null;
            Add(scan.Bylines, new ScannedElement(openerOnly ? e.ParentElement! : e, order, "by", region));
        }

        if (e.AttributeCount == 0)
        {
            return region;
        }

        string? cls = null, id = null, itemprop = null, rel = null;
        for (int i = 0; i < e.AttributeCount; i++)
        {
            switch (e.AttributeName(i))
            {
                case "class":
                    cls ??= e.AttributeValue(i);
                    break;
                case "id":
                    id ??= e.AttributeValue(i);
                    break;
                case "itemprop":
                    itemprop ??= e.AttributeValue(i);
                    break;
                case "rel":
                    rel ??= e.AttributeValue(i);
                    break;
            }
        }

        if (itemprop is not null && ScanCues.ItemProps.Contains(itemprop))
        {
            if (e.GetAttribute("content") is { } content && tag != "meta")
            {
                scan.AddMeta(itemprop, content);
            }

            // Microdata marks the byline and the headline explicitly (its dates arrive as meta content).
            switch (itemprop.ToLowerInvariant())
            {
                case "author":
                case "creator":
                    Add(scan.Bylines, new ScannedElement(e, order, "itemprop", region));
                    break;
                case "headline":
                    if (tag != "h1" && tag != "h2" && tag != "meta")
                    {
                        Add(scan.Headings, new ScannedElement(e, order, "headline", region));
                    }

                    break;
            }
        }

        if (tag == "a" && rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            Add(scan.Bylines, new ScannedElement(e, order, "rel", region));
        }

        if (cls is null && id is null)
        {
            return region;
        }

        // Most class names carry no cue at all: one vectorised multi-string search rules them out
        // before the per-category checks.
        // No cue contains a space, so none can straddle the class/id join.
        if (!HasAnyCue(cls) && !HasAnyCue(id))
        {
            return region;
        }

        string marks = (id is null ? cls! : cls is null ? id : cls + " " + id).ToLowerInvariant();
        if (Has(marks, ScanCues.Byline) && !Has(marks, ScanCues.NotByline))
        {
            Add(scan.Bylines, new ScannedElement(e, order, "class", region));
        }
        else if (Has(marks, ScanCues.AuthorBio))
        {
            Add(scan.Bylines, new ScannedElement(e, order, "bio", region));
        }

        if (tag != "time" && Has(marks, ScanCues.Date))
        {
            Add(scan.Dates, new ScannedElement(e, order, "class", region));
        }

        if (tag != "h1" && tag != "h2" && (region & Region.Elsewhere) == 0 && Has(marks, ScanCues.Headline))
        {
            Add(scan.Headings, new ScannedElement(e, order, "headline", region));
        }

        if (Has(marks, ScanCues.Breadcrumb))
        {
            Add(scan.Breadcrumbs, new ScannedElement(e, order, "breadcrumb", region));
        }

        if (tag != "figcaption" && Has(marks, ScanCues.Caption))
        {
            Add(scan.Captions, new ScannedElement(e, order, "class", region));
        }

        if (Has(marks, ScanCues.SectionLabel))
        {
            Add(scan.Sections, new ScannedElement(e, order, "class", region));
        }

        if (Has(marks, ScanCues.Logo))
        {
            Add(scan.Logos, new ScannedElement(e, order, "logo", region));
        }

        return region;
    }

    private static bool IsBreadcrumbNav(HtmlElement nav)
    {
        if (Contains(nav.GetAttribute("class"), "crumb", StringComparison.OrdinalIgnoreCase)
            || Contains(nav.GetAttribute("id"), "crumb", StringComparison.OrdinalIgnoreCase)
            || Contains(nav.GetAttribute("aria-label"), "crumb", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The descendants, as the selector "[class*=crumb],[itemtype*=BreadcrumbList]" would match
        // them (case-sensitive values), walked by hand: parsing the selector on every nav cost more
        // than the rest of the page walk's attribute checks together.
        var pending = new Stack<HtmlElement>();
        pending.Push(nav);
        while (pending.Count > 0)
        {
            for (var node = pending.Pop().FirstChild; node is not null; node = node.NextSibling)
            {
                if (node is not HtmlElement child)
                {
                    continue;
                }

                if (Contains(child.GetAttribute("class"), "crumb", StringComparison.Ordinal)
                    || Contains(child.GetAttribute("itemtype"), "BreadcrumbList", StringComparison.Ordinal))
                {
                    return true;
                }

                if (pending.Count < MaxBreadcrumbSearchDepth)
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }

    private static bool Contains(string? value, string cue, StringComparison comparison) => value is not null && value.Contains(cue, comparison);

    private static bool StartsWithByline(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
        if (t.IsEmpty || !ScanCues.BylineOpenerInitials.Contains(t[0]))
        {
            return false;
        }

        foreach (var prefix in ScanCues.BylineOpeners)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (t.Length == prefix.Length || !char.IsLetter(t[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddMeta(HtmlElement e, PageScan scan)
    {
        string? content = e.GetAttribute("content");
        if (content is null)
        {
            return;
        }

        string? key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop") ?? e.GetAttribute("http-equiv");
        if (key is not null)
        {
            scan.AddMeta(key.Trim(), content);
        }
    }

    private static void Add(List<ScannedElement> list, ScannedElement item)
    {
        if (list.Count < MaxPerList)
        {
            list.Add(item);
        }
    }

    /// <summary>Whether the element sits in a teaser list or comment thread: checked on the few
    /// nearest ancestors only, since layout wrappers far up ("content-sidebar-wrap", body
    /// "comments-open") name the page's layout, not this element's role.</summary>
    public static bool InTeaserOrComments(HtmlElement element)
    {
        var e = element;
        for (int level = 0; level < TeaserLevels && e is not null; level++, e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main" or "body")
            {
                return false;
            }

            string? cls = e.GetAttribute("class");
            string? id = e.GetAttribute("id");
            string marks = (cls ?? string.Empty) + " " + (id ?? string.Empty);
            if (marks.AsSpan().ContainsAny(ScanCues.AnyTeaserOrComment) && (HasSegment(marks, ScanCues.Teaser) || HasSegment(marks, ScanCues.Comments)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue at the start of a class segment ("related-posts", "c-promo__item"), not
    /// negated ("content__header--no-promo").</summary>
    private static bool HasSegment(string marks, string[] cues)
    {
        foreach (var cue in cues)
        {
            int at = marks.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                bool start = at == 0 || !char.IsLetterOrDigit(marks[at - 1]);
                bool negated = at >= 3 && marks.AsSpan(at - 3, 2).Equals("no", StringComparison.OrdinalIgnoreCase);
                if (start && !negated)
                {
                    return true;
                }

                at = marks.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static bool Has(string marks, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (marks.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
