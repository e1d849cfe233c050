namespace Newsgraph.Quotes.Cues;

/// <summary>
/// Words right before a quoted fragment that make it a name or label, not a quotation: "the term
/// “three amigos”", "dubbed the “Hanoi Hilton”", "the slogan “Meth, we’re on it.”".
/// </summary>
internal static class NamingWords
{
    public static readonly WordSet Before = new([
        "term", "word", "words", "phrase", "slogan", "tagline", "motto", "name", "named", "nickname", "nicknamed",
        "dubbed", "titled", "entitled", "hashtag", "label", "labelled", "labeled", "branded", "so-called",
        "headline", "headlined", "song", "book", "film", "show", "series", "campaign", "operation",
    ]);
}
