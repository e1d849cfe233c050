using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The article's images in page order, lead image first: figures (and captioned image blocks)
/// from just above the headline down through the article, with caption and credit split.
/// </summary>
internal static class ImageResolver
{
    /// <summary>A header image may sit a little above the headline.</summary>
    private const int MaxBeforeTitle = 40;

    private const int MaxImages = 12;

    private const int MaxCaptionChars = 1200;

    public static List<ArticleImage> Resolve(PageScan scan, int titleOrder, string? baseUrl)
    {
        var images = new List<ArticleImage>();
        var used = new HashSet<HtmlElement>();
        var containers = new List<(int Order, HtmlElement Element, Region Region)>();
        foreach (var f in scan.Figures)
        {
            containers.Add((f.Order, f.Element, f.Region));
        }

        // Captions outside figures: their parent is the image block when it holds an image.
        foreach (var c in scan.Captions)
        {
            if (c.Element.Closest("figure") is null && c.Element.ParentElement is { } parent && parent.FirstDescendant("img") is not null)
            {
                containers.Add((c.Order, parent, c.Region));
            }
        }

        foreach (var (order, element, region) in containers.OrderBy(c => c.Order))
        {
            if (images.Count >= MaxImages || (titleOrder >= 0 && order < titleOrder - MaxBeforeTitle) || !used.Add(element) ||
                (region & Region.Elsewhere) != 0 || PageWalker.InTeaserOrComments(element))
            {
                continue;
            }

            if (Read(element, baseUrl) is { } image)
            {
                images.Add(image);
            }
        }

        return images;
    }

    private static ArticleImage? Read(HtmlElement container, string? baseUrl)
    {
        var img = container.FirstDescendant("img");
        string? url = img is null ? null : Src(img);
        string? alt = img?.GetAttribute("alt");

        HtmlElement? credit = null;
        HtmlElement? figcaption = null;
        HtmlElement? captionClassed = null;
        foreach (var e in container.Descendants())
        {
            // As the selector "figcaption, [class*=caption], [class*=credit], [class*=copyright]" would match.
            bool isFigcaption = e.LocalName == "figcaption";
            bool hasCaptionClass = e.ClassContains("caption");
            figcaption ??= isFigcaption ? e : null;
            captionClassed ??= hasCaptionClass ? e : null;
            if (!isFigcaption && !hasCaptionClass && !e.ClassContains("credit") && !e.ClassContains("copyright"))
            {
                continue;
            }

            string cls = e.GetAttribute("class") ?? string.Empty;
            bool isCredit = cls.Contains("credit", StringComparison.OrdinalIgnoreCase) || cls.Contains("copyright", StringComparison.OrdinalIgnoreCase);
            if (isCredit)
            {
                credit ??= e;
            }
        }

        var captionElement = figcaption ?? captionClassed;
        string? captionText = null;
        if (captionElement is not null)
        {
            captionText = TextWithout(captionElement, credit);
        }
        else if (container.LocalName != "figure" && captionClassed is { } c)
        {
            captionText = TextWithout(c, credit);
        }

        var (caption, splitCredit) = CreditSplitter.Split(captionText);
        string? creditText = credit is null ? splitCredit : CreditSplitter.CleanCredit(credit.TextContent) ?? splitCredit;
        if (caption is not null && creditText is not null && caption.EndsWith(creditText, StringComparison.Ordinal) && caption.Length > creditText.Length)
        {
            // The credit repeated at the end of the caption text (credit markup without a credit class).
            caption = caption[..^creditText.Length].TrimEnd();
        }

        if (creditText is not null && CreditSplitter.IsSiteCopyright(creditText))
        {
            // "© 2019 Example Media. All rights reserved." is the page's notice, not a photo credit.
            creditText = null;
            if (caption is null && container.LocalName != "figure")
            {
                return null;
            }
        }

        if (url is null && caption is null && creditText is null)
        {
            return null;
        }

        return new ArticleImage(Absolute(url, baseUrl), caption, creditText, string.IsNullOrWhiteSpace(alt) ? null : MetaText.Clean(alt));
    }

    private static string TextWithout(HtmlElement element, HtmlElement? exclude)
    {
        string raw = element.TextContent;
        if (raw.Length > MaxCaptionChars * 2)
        {
            return string.Empty;
        }

        string text = MetaText.Clean(raw);
        if (exclude is not null && (element.Contains(exclude) || exclude.Contains(element)))
        {
            string creditText = MetaText.Clean(exclude.TextContent);
            int at = text.IndexOf(creditText, StringComparison.Ordinal);
            if (at >= 0 && creditText.Length > 0)
            {
                text = text.Remove(at, creditText.Length);
            }
        }

        return MetaText.Clean(text);
    }

    private static string? Src(HtmlElement img)
    {
        foreach (var attr in (string[])["src", "data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"])
        {
            string? v = img.GetAttribute(attr);
            if (!string.IsNullOrWhiteSpace(v) && !v.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                v = v.Trim();
                int space = v.IndexOfAny([' ', ',']);
                return attr.EndsWith("srcset", StringComparison.Ordinal) && space > 0 ? v[..space] : v;
            }
        }

        return null;
    }

    public static string? Absolute(string? url, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs.ToString();
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, url, out var rel))
        {
            return rel.ToString();
        }

        return url;
    }
}
