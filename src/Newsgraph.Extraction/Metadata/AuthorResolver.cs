using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Credits as the reader sees them: the visible byline next to the headline first (persons, or an
/// organisation when no person is credited), then metadata names (JSON-LD, meta author) only when
/// they are also shown on the page, so CMS accounts and SEO-plugin users stay out.
/// </summary>
internal static class AuthorResolver
{
    /// <summary>Byline text longer than this is an author box or a whole article header.</summary>
    private const int MaxBylineChars = 300;

    /// <summary>How many elements after the headline a bare "By …" text may sit.</summary>
    private const int MaxByTextDistance = 80;

    /// <summary>Byline candidates parsed at most; the right one is among the first few.</summary>
    private const int MaxCandidates = 12;

    /// <summary>Elements this close to the headline belong to it even inside teaser-like markup.</summary>
    private const int NearTitle = 12;

    /// <summary>A biography is a sentence or more; an author box with less is just the name.</summary>
    private const int MinBioChars = 40;

    private const int MaxBioChars = 1500;

    /// <summary>Meta keys naming the author.</summary>
    private static readonly string[] MetaKeys = ["author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl", "cxenseparse:author", "twitter:creator"];

    public static (List<Author> Persons, List<string> Orgs) Resolve(PageScan scan, JsonLdData ld, string html, int titleOrder, HashSet<string> siteWords)
    {
        var metaNames = new CreditParser(siteWords);
        foreach (var a in ld.Authors)
        {
            if (a.IsOrganization)
            {
                metaNames.Orgs.Add(a.Name);
            }
            else
            {
                metaNames.Parse(a.Name, true);
            }
        }

        foreach (var key in MetaKeys)
        {
            foreach (var v in scan.All(key))
            {
                if (!v.Contains("://", StringComparison.Ordinal) && !v.StartsWith('@'))
                {
                    metaNames.Parse(v, true);
                }
            }
        }

        // The byline nearest below the headline, unless metadata names someone and a later
        // byline agrees with it (headline-adjacent teasers carry other stories' bylines).
        CreditParser? nearest = null;
        CreditParser? agreed = null;
        int tried = 0;
        foreach (var b in Ordered(scan.Bylines, titleOrder))
        {
            bool nearTitle = titleOrder >= 0 && Math.Abs(b.Order - titleOrder) <= NearTitle;
            if (b.Key == "bio" || (b.Region & Region.Elsewhere) != 0 || tried >= MaxCandidates || (!nearTitle && PageWalker.InTeaserOrComments(b.Element)))
            {
                continue;
            }

            bool far = b.Key == "by" && (titleOrder < 0 || b.Order < titleOrder || b.Order - titleOrder > MaxByTextDistance);
            string text = BylineText.Of(b.Element, MaxBylineChars);
            if (text.Length == 0)
            {
                continue;
            }

            tried++;
            var parsed = new CreditParser(siteWords);
            parsed.Parse(text, b.Key is "rel" or "itemprop" || b.Element.LocalName == "a");
            if (parsed.Persons.Count == 0 && parsed.Orgs.Count == 0)
            {
                continue;
            }

            if (parsed.Persons.Exists(p => metaNames.Persons.Exists(m => SameName(p, m))))
            {
                agreed = parsed;
                break;
            }

            if (!far && nearest is null)
            {
                nearest = parsed;
                if (metaNames.Persons.Count == 0)
                {
                    break;
                }
            }
        }

        var visible = agreed ?? nearest ?? new CreditParser(siteWords);
        var persons = visible.Persons;
        var orgs = visible.Orgs;
        if (persons.Count == 0)
        {
            // No marked-up byline: metadata names count only when the page shows them.
            persons = metaNames.Persons.Where(p => p.Contains(' ', StringComparison.Ordinal) && HtmlVisibility.IsShown(html, p)).ToList();
        }

        if (persons.Count == 0 && orgs.Count == 0)
        {
            orgs = metaNames.Orgs.Where(o => !AuthorCues.Accounts.Contains(o)).Take(1).ToList();
        }

        var bios = AuthorBios(scan, persons);
        var authors = persons.Select(p => new Author(p, bios.GetValueOrDefault(p))).ToList();
        return (authors, persons.Count > 0 ? [] : orgs);
    }

    /// <summary>"Troy L. Smith" and "Troy Smith" are the same person: same first and last word.</summary>
    private static bool SameName(string a, string b)
    {
        var x = MetaText.Words(a);
        var y = MetaText.Words(b);
        return x.Count > 0 && y.Count > 0 && x[0] == y[0] && x[^1] == y[^1];
    }

    /// <summary>Author boxes ("author-bio", "about-author") that name a credited person.</summary>
    private static Dictionary<string, string> AuthorBios(PageScan scan, List<string> persons)
    {
        var bios = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (persons.Count == 0)
        {
            return bios;
        }

        foreach (var b in scan.Bylines)
        {
            if (b.Key != "bio" || (b.Region & Region.Elsewhere) != 0)
            {
                continue;
            }

            string text = MetaText.TextOf(b.Element, MaxBioChars);
            if (text.Length < MinBioChars)
            {
                continue;
            }

            foreach (var person in persons)
            {
                int at = text.IndexOf(person, StringComparison.OrdinalIgnoreCase);
                if (at < 0 || bios.ContainsKey(person))
                {
                    continue;
                }

                string bio = at < 20 && IsNameHeading(text, at, person) ? text[(at + person.Length)..].Trim() : text;
                if (bio.Length >= MinBioChars)
                {
                    bios[person] = bio;
                }
            }
        }

        return bios;
    }

    /// <summary>
    /// True when the name near the start is a heading to drop: "About Jane Doe …" (words before it)
    /// or "Jane Doe Jane is a reporter …" (a name word right after it). "Jane Doe covers city hall"
    /// is the bio's own first sentence and is kept whole.
    /// </summary>
    private static bool IsNameHeading(string text, int at, string person)
    {
        if (at > 0)
        {
            return true;
        }

        var rest = text.AsSpan(at + person.Length).TrimStart();
        foreach (var part in person.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 1 && rest.StartsWith(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ScannedElement> Ordered(List<ScannedElement> items, int titleOrder) =>
        titleOrder < 0
            ? items
            : items.OrderBy(i => i.Order >= titleOrder ? 0 : 1).ThenBy(i => Math.Abs(i.Order - titleOrder));
}
