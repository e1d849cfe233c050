using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Words that tell a person credit from a role, an organisation or a CMS account.</summary>
internal static class AuthorCues
{
    /// <summary>Byline openers in the languages of the pages we see ("By", "Von", "Por", "Oleh").</summary>
    public static readonly string[] Prefixes =
    [
        "about the author", "about", "more from", "more by", "sobre", "über", "written by", "posted by", "story by", "words by", "reported by", "text by", "article by", "published by", "by:", "by",
        "von", "por", "par", "door", "di", "av", "oleh", "autor:", "autor", "auteur", "author:", "author", "authors:", "authors", "texto:", "text:",
    ];

    /// <summary>Where a byline stops naming people: dates, separators, follow/contact links.</summary>
    public static readonly string[] Stops =
    [
        " | ", " - ", " – ", " — ", " • ", " · ", " on ", " at ", " published ", " updated ", " posted ", " last ", " follow ", " email ", " twitter", " facebook",
        " publiziert ", " veröffentlicht ", " am ", " em ", " in ", " from ", " for ", "\u00A9", "(", "/ ", " /",
    ];

    /// <summary>Separators between several credited people.</summary>
    public static readonly string[] Joiners = [",", ";", " and ", " & ", " und ", " y ", " e ", " et ", " en ", " og ", " och ", " i ", " dan ", " и "];

    /// <summary>Credentials and suffixes dropped from names ("Rachael Link, MS, RD").</summary>
    public static readonly FrozenSet<string> Credentials = FrozenSet.ToFrozenSet(
        ["MS", "M.S.", "RD", "RDN", "RN", "PhD", "Ph.D.", "MD", "M.D.", "MPH", "MBA", "CPT", "CSCS", "LD", "DO", "DDS", "PharmD", "CNS", "NP", "PA-C", "MA", "BSc", "MSc", "FACS", "Esq."],
        StringComparer.Ordinal);

    /// <summary>Words of share bars, follow buttons and dates that sit inside byline markup; a
    /// "name" containing one is page furniture ("Copy Link URL", "EST Nov").</summary>
    public static readonly FrozenSet<string> NotNameWords = FrozenSet.ToFrozenSet(
        [
            "copy", "link", "url", "share", "follow", "email", "print", "comment", "comments", "subscribe", "facebook", "twitter",
            "linkedin", "whatsapp", "more", "read", "view", "posts", "articles", "contact", "close", "menu", "search", "profile",
            "bio", "home", "login", "sign", "updated", "published", "posted", "ago", "min", "mins", "minutes", "hours", "sponsored",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "am", "pm", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "gmt",
            "utc", "bst", "cet", "cest", "ist", "et", "pt", "ct", "image", "photo", "video", "getty", "images", "shutterstock",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words: a part containing one is a job title, not a name ("AP Auto Writer").</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        [
            "writer", "editor", "reporter", "correspondent", "columnist", "contributor", "contributing", "producer", "journalist",
            "photographer", "analyst", "critic", "senior", "chief", "staff", "intern", "fellow", "host", "anchor", "author",
            "bureau", "desk", "team", "business", "national", "political", "security", "sports", "reviews", "reviewer", "news",
            "opinion", "guest", "special", "associate", "managing", "executive", "deputy", "assistant", "freelance", "president",
            "director", "founder", "ceo", "manager", "redakteur", "redaktion", "autorin", "korrespondent", "rédaction", "redacción",
            "contributors", "editors", "writers", "reporters", "science", "technology", "tech", "health", "entertainment", "world",
            "media", "advance", "insider", "magazine", "times", "post", "daily", "today", "herald", "tribune", "journal", "gazette",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Organisation credits: wire agencies and desk credits that stand in for a person.</summary>
    public static readonly FrozenSet<string> KnownOrgs = FrozenSet.ToFrozenSet(
        [
            "Associated Press", "The Associated Press", "AP", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse", "Agence France Presse",
            "PTI", "Press Trust of India", "IANS", "ANI", "UPI", "United Press International", "Bloomberg", "Bloomberg News", "dpa", "EFE", "Xinhua",
            "Kyodo", "Kyodo News", "Yonhap", "TASS", "ANSA", "Europa Press", "CNN", "CNN Wire", "BBC", "BBC News", "Editorial", "Editorial Board",
            "The Editorial Board", "Staff", "Staff Reports", "Staff Report", "Staff Writer", "News Desk", "Newsroom", "Web Desk", "Redaktion",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a credit an organisation ("Jerusalem Post Staff", "Detroit News wire services").</summary>
    public static readonly FrozenSet<string> OrgWords = FrozenSet.ToFrozenSet(
        [
            "staff", "reports", "report", "desk", "team", "wire", "wires", "services", "agency", "agencies", "press", "news", "newsroom",
            "editorial", "editors", "bureau", "media", "network", "association", "institute", "university", "foundation", "inc", "ltd",
            "llc", "gmbh", "corporation", "company", "group", "society", "council", "department", "ministry", "administration",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>CMS accounts and placeholders that are never a person credit.</summary>
    public static readonly FrozenSet<string> Accounts = FrozenSet.ToFrozenSet(
        ["admin", "administrator", "administrador", "webmaster", "editor", "user", "guest", "root", "author", "wpadmin", "site admin", "superuser", "test", "unknown", "anonymous", "staff", "content", "redaktion"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case name particles ("Van Der Beek", "da Silva").</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "der", "den", "de", "da", "do", "dos", "das", "di", "du", "del", "della", "la", "le", "von", "zu", "bin", "al", "el", "ibn", "ter", "ten", "y", "e"],
        StringComparer.Ordinal);

    /// <summary>Longest plausible person name.</summary>
    public const int MaxNameWords = 5;

    public const int MaxNameChars = 48;
}
