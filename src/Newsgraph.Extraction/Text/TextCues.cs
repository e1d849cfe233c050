using System.Collections.Frozen;

namespace Newsgraph.Extraction.Text;

/// <summary>
/// Cue words and thresholds for segmenting pages flattened to text. Each describes how news pages
/// in general are laid out (not any one site), with the reason it holds.
/// </summary>
internal static class TextCues
{
    /// <summary>Characters that end a sentence (a headline usually ends without one).</summary>
    public static readonly FrozenSet<char> SentenceEnds = FrozenSet.ToFrozenSet(['.', '!', '?', '"', '”', '’', '»', ':', ')', '…']);

    /// <summary>Whole lines that are page furniture, not article: share bars, ads, mobile-theme links, newsletter prompts.
    /// Compared case-insensitively after trimming trailing punctuation.</summary>
    public static readonly FrozenSet<string> ChromeLines = FrozenSet.ToFrozenSet(
    [
        "exit mobile version", "share this article", "share this story", "share", "share on facebook", "share on twitter",
        "share on x", "tweet", "email", "print", "copy link", "link copied", "advertisement", "advertisements", "ad",
        "sponsored", "sponsored content", "skip to content", "skip to main content", "menu", "search", "close", "sign in",
        "log in", "login", "subscribe", "subscribe now", "sign up", "newsletter", "sign up for our newsletter",
        "read more", "continue reading", "show more", "load more", "comments", "view comments", "leave a comment",
        "related", "related articles", "related stories", "more stories", "recommended", "most popular", "most read",
        "trending", "back to top", "follow us", "listen to this article", "toggle navigation", "open menu", "home",
        "story continues below advertisement", "article continues below advertisement", "scroll to continue",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Line openings that mark page furniture whatever follows ("© 2023 …", "Tags: …").</summary>
    public static readonly string[] ChromePrefixes =
    [
        "©", "copyright ", "all rights reserved", "follow us on", "share this", "sign up for", "subscribe to",
        "click here", "read next", "read more:", "see also:", "recommended:", "related:", "more:", "photo gallery",
        "this article was originally", "this story was originally", "we use cookies", "accept cookies",
    ];

    /// <summary>Line openings that list the article's tags; the rest of the line is split on commas.</summary>
    public static readonly string[] TagPrefixes = ["tags:", "topics:", "filed under:", "categories:", "keywords:"];

    /// <summary>Navigation labels before the headline (breadcrumbs such as "News", "World") are short:
    /// at most this many words and characters, no sentence punctuation.</summary>
    public const int NavMaxWords = 3;

    public const int NavMaxChars = 30;

    /// <summary>Headlines run from a few words to a long sentence-length line; shorter lines are
    /// labels, longer ones are paragraphs.</summary>
    public const int HeadlineMinWords = 4;

    public const int HeadlineMaxWords = 30;

    public const int HeadlineMaxChars = 220;

    /// <summary>Lines longer than this are never chrome, bylines or dates (and are not run through their patterns).</summary>
    public const int ShortLineMaxChars = 300;

    /// <summary>Shortest line that can be a hard-wrapped part of a paragraph (wrap widths are 60–80).</summary>
    public const int HardWrapMinLineLength = 55;

    /// <summary>A body subheading is a short line without sentence punctuation followed by prose.</summary>
    public const int SubheadingMaxWords = 12;

    /// <summary>How many units from the end a trailing author bio may sit (after it: chrome only).</summary>
    public const int BioSearchUnits = 4;

    /// <summary>Words in a caption's closing parenthesis that make it a photo credit, not an aside:
    /// agencies, picture desks and credit phrasing.</summary>
    public static readonly string[] CreditCues =
    [
        "reuters", "associated press", "ap photo", "afp", "getty", "epa", "shutterstock", "alamy", "bloomberg",
        "xinhua", "sputnik", "kremlin", "tass", "anadolu", "pa images", "pa wire", "nurphoto", "sipa", "zuma",
        "imago", "dpa", "ansa", "kyodo", "yonhap", "news agency", "photo", "images", "via ", "courtesy", "handout",
        "wikimedia", "creative commons", "agency",
    ];

    /// <summary>Organisations credited in bylines instead of people; listed ones go to AuthorOrgs.</summary>
    public static readonly string[] OrganisationBylineWords =
    [
        "staff", "reuters", "associated press", "afp", "agence france-presse", "bloomberg", "editorial board", "desk",
        "news service", "wire", "agencies", "newsroom", "team", "correspondents", "press association", "dpa", "xinhua",
    ];

    /// <summary>Lower-case particles that may sit inside a person's name ("Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "ibn", "dos", "das", "y", "st."],
        StringComparer.Ordinal);

    /// <summary>Labels that introduce a credit at the end of a caption ("… Photo: Jane Doe/Agency").</summary>
    public static readonly string[] CreditLabels = ["photo:", "photograph:", "picture:", "image:", "credit:", "photo credit:", "image credit:", "photos:", "pictured:", "photo by", "image by", "photograph by"];

    /// <summary>Words that make "&lt;Name&gt; is a … X" an author bio.</summary>
    public static readonly string[] BioRoles =
    [
        "writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "producer",
        "fellow", "author", "analyst", "critic", "intern", "staffer", "freelancer", "blogger", "photographer",
        "anchor", "host", "commentator", "researcher", "novelist", "historian", "professor",
    ];

    /// <summary>Frequent English function words; a text where they make up a large share is English.</summary>
    public static readonly FrozenSet<string> EnglishFunctionWords = FrozenSet.ToFrozenSet(
        ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "he", "she", "at", "from", "his", "her", "has", "have", "said", "will", "are", "be"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Share of function words above which text is tagged English (English prose runs 35–45 %,
    /// other Latin-script languages under 5 %).</summary>
    public const double EnglishFunctionWordShare = 0.2;
}
