namespace Newsgraph.Core.Documents;

/// <summary>What a token is, as far as the tokeniser can tell from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (and digits mixed with letters), hyphenated compounds included: "Jong-un", "COVID-19".</summary>
    Word,

    /// <summary>A word whose abbreviation period is part of the token: "U.S.", "Dr.", "Sept.", an initial "F.".</summary>
    Abbreviation,

    /// <summary>A clitic split off its host word: "n't", "’s", "'re", "'ll".</summary>
    Clitic,

    /// <summary>A number with its separators, sign, currency or percent: "1,000", "3.5", "$310", "20%", "2023-09-05", "10–13".</summary>
    Number,

    /// <summary>Sentence and clause punctuation and brackets: ". , ; : ! ? ( )".</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or curly, single or double.</summary>
    Quote,

    /// <summary>An em or en dash, or a free-standing hyphen used as a dash.</summary>
    Dash,

    /// <summary>"…" or a run of periods.</summary>
    Ellipsis,

    /// <summary>Anything else that is not a letter: "+", "=", "©", "&amp;", an emoji.</summary>
    Symbol,

    Url,

    Email,

    /// <summary>A social handle: "@nationalreview".</summary>
    Handle,

    /// <summary>"#hashtag".</summary>
    Hashtag,

    /// <summary>One CJK ideograph, or a run of kana.</summary>
    Ideograph,
}
