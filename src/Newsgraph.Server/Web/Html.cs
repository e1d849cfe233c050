using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Newsgraph.Server.Web;

/// <summary>
/// The only way page code turns data into markup: every text and attribute value goes through the
/// HTML encoder, every URL part through URL escaping. Article text, titles, names and quotes are
/// untrusted (they come from arbitrary web pages), so nothing is ever written raw.
/// </summary>
public static class Html
{
    public static string E(string? text) => text is null ? string.Empty : HtmlEncoder.Default.Encode(text);

    /// <summary>A path segment or query value.</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? string.Empty);

    public static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Num(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string ArticleHref(string id) => "/articles/" + U(id);

    public static string EntityHref(string name) => "/entities/" + U(name);

    public static string StoryHref(string id) => "/stories/" + U(id);

    /// <summary>CSS class for an entity type (types are a closed set in report v1; anything else is "other").</summary>
    public static string TypeClass(string? type) => type switch
    {
        "PERSON" or "ORG" or "GPE" or "LOC" or "NORP" or "FAC" or "EVENT" or "PRODUCT" or "WORK" or "AGENT" => "ent ent-" + type.ToLowerInvariant(),
        _ => "ent ent-other",
    };

    /// <summary>CSS class for a claim status badge (closed set; anything else is "other").</summary>
    public static string StatusClass(string? status) => status switch
    {
        "reported" or "confirmed" or "denied" or "unconfirmed" or "declinedToComment" or "noComment" or "classified" or "disputed" => "badge st-" + status.ToLowerInvariant(),
        _ => "badge st-other",
    };

    public static StringBuilder AppendE(this StringBuilder sb, string? text) => sb.Append(E(text));
}
