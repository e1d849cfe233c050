using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The sections the page states, general → specific: the breadcrumb trail (JSON-LD or visible),
/// article:section, JSON-LD articleSection, and a section label next to the headline.
/// </summary>
internal static class SectionResolver
{
    public static List<string> Resolve(PageScan scan, JsonLdData ld, string? title, int titleOrder)
    {
        var sections = new List<string>();
        string titleKey = MetaText.Key(title);
        void Add(string? s)
        {
            s = MetaText.Clean(s).Trim('»', '›', '>', '/', '|', ':', ' ');
            string key = MetaText.Key(s);
            if (key.Length == 0 || key == titleKey || SectionCues.NotSections.Contains(s) || MetaText.Words(s).Count > SectionCues.MaxWords ||
                s.Contains("://", StringComparison.Ordinal) || LooksLikeDomain(s) ||
                sections.Exists(x => MetaText.Key(x) == key))
            {
                return;
            }

            sections.Add(s);
        }

        foreach (var c in ld.Breadcrumbs.Concat(VisibleCrumbs(scan)))
        {
            Add(c);
        }

        foreach (var key in SectionCues.MetaKeys)
        {
            foreach (var s in scan.All(key))
            {
                AddSplit(s);
            }
        }

        foreach (var s in ld.Sections.Count > 0 ? ld.Sections : ld.Articles.Find(a => a.Sections.Count > 0)?.Sections ?? [])
        {
            AddSplit(s);
        }

        // "News - News", "game,news,slider", "Smart News, Smart News Science": lists in one value.
        void AddSplit(string value)
        {
            foreach (var part in value.Split([" - ", ",", ";", " | "], StringSplitOptions.RemoveEmptyEntries))
            {
                Add(part);
            }
        }

        Add(Label(scan, titleOrder));
        return sections;
    }

    private static bool LooksLikeDomain(string s)
    {
        int dot = s.LastIndexOf('.');
        return dot > 0 && dot < s.Length - 2 && !s.Contains(' ', StringComparison.Ordinal) && s[(dot + 1)..].All(char.IsAsciiLetterLower);
    }

    private static List<string> VisibleCrumbs(PageScan scan)
    {
        var items = new List<string>();
        foreach (var b in scan.Breadcrumbs)
        {
            if ((b.Region & (Region.Footer | Region.Aside)) != 0)
            {
                continue;
            }

            var parts = b.Element.Descendants().Where(e => e.LocalName == "li").ToList();
            IEnumerable<HtmlElement> list = parts.Count > 0 ? parts : b.Element.Descendants().Where(e => e.LocalName == "a");
            foreach (var e in list.Take(10))
            {
                string t = MetaText.TextOf(e, 80);
                if (t.Length > 0)
                {
                    items.Add(t);
                }
            }

            if (items.Count > 0)
            {
                break;
            }
        }

        return items;
    }

    private static string? Label(PageScan scan, int titleOrder)
    {
        if (titleOrder < 0)
        {
            return null;
        }

        foreach (var s in scan.Sections.OrderBy(s => Math.Abs(s.Order - titleOrder)))
        {
            if (Math.Abs(s.Order - titleOrder) > SectionCues.MaxLabelDistance)
            {
                break;
            }

            if ((s.Region & Region.Elsewhere) != 0 || PageWalker.InTeaserOrComments(s.Element))
            {
                continue;
            }

            string t = MetaText.TextOf(s.Element, 60);
            int words = MetaText.Words(t).Count;
            if (words is > 0 and <= 3)
            {
                return t;
            }
        }

        return null;
    }
}
