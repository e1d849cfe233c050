using System.Text.RegularExpressions;
using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Cues;

/// <summary>
/// Sentence-level cues for claims and their status. Each pattern is the phrase news copy uses for
/// it; the first group, where there is one, starts at the word whose subject is the source.
/// </summary>
internal static partial class ClaimCues
{
    /// <summary>"declined to confirm", "refused to comment": the source was asked and would not say.</summary>
    [GeneratedRegex(@"\b(?:declined|declines|decline|refused|refuses|refuse)\s+to\s+(?:immediately\s+)?(?:comment|confirm|deny|say|discuss|elaborate|specify|answer|disclose|identify|reveal|provide|give|respond|address)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Declined();

    /// <summary>"did not respond to a request for comment", "had no comment", "could not be reached".</summary>
    [GeneratedRegex(@"\b(?:(?:did|does|do|has|have|had|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|answer|comment|be reached|return\s+(?:a\s+|the\s+|\w+\s+)?(?:request|call|message|e-?mail)s?)|had\s+no\s+(?:immediate\s+)?comment|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:responded|commented|replied)|no\s+immediate\s+comment|was\s+not\s+available\s+for\s+comment|were\s+not\s+available\s+for\s+comment)\b", RegexOptions.CultureInvariant)]
    public static partial Regex NoComment();

    /// <summary>"remain classified", "is classified".</summary>
    [GeneratedRegex(@"\b(?:remain|remains|remained|is|are|was|were|be|been|stay|stays)\s+(?:still\s+|largely\s+|highly\s+)?classified\b", RegexOptions.CultureInvariant)]
    public static partial Regex Classified();

    /// <summary>A denial without a "that" clause: "has ruled out Taliban involvement", "deny accusations".</summary>
    [GeneratedRegex(@"\b(?:ruled|rules|rule)\s+out\b|\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes|refute)\s+(?:the\s+|any\s+|all\s+)?(?:accusations?|allegations?|claims?|reports?|charges?|suggestions?|the\s+notion|involvement|responsibility|wrongdoing)\b|\b(?:disputed|disputes|dispute)\s+(?:the\s+)?(?:notion|claim|account|report|characteri[sz]ation|idea)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Denial();

    /// <summary>The article's own doubt about an earlier claim: "It was not possible to independently verify".</summary>
    [GeneratedRegex(@"\b(?:(?:could|can|cannot|can[’']t|could\s*n[’']t)\s*(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)|(?:not\s+|im)possible\s+to\s+(?:independently\s+)?(?:verify|confirm|know)|(?:unable|impossible)\s+to\s+(?:independently\s+)?(?:verify|confirm)|has\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)|unverified|no\s+evidence\s+to\s+support)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Unconfirmed();

    /// <summary>Others dispute the claim: "a claim disputed by", "which others dispute".</summary>
    [GeneratedRegex(@"\b(?:disputed|contested|contradicted|challenged)\s+by\b", RegexOptions.CultureInvariant)]
    public static partial Regex DisputedBy();

    /// <summary>"claimed responsibility for …": a claim whose content is the act.</summary>
    [GeneratedRegex(@"\b(?:claimed|claims|claim)\s+(?:responsibility|credit)\b", RegexOptions.CultureInvariant)]
    public static partial Regex ClaimedResponsibility();

    /// <summary>
    /// An accusation states a claim about its object: "Esper accused China of using coercion" (the
    /// claim is "China of using coercion …", Esper its source); passive, "Corbyn is accused by
    /// critics of promoting …" (the whole clause, the critics its source). Group "by" marks the passive.
    /// </summary>
    [GeneratedRegex(@"\b(?:accused|accuses|accuse|accusing)\b(?<by>\s+by\b)?", RegexOptions.CultureInvariant)]
    public static partial Regex Accused();

    /// <summary>"according to X" anywhere in a sentence.</summary>
    [GeneratedRegex(@"\b[Aa]ccording\s+to\s+", RegexOptions.CultureInvariant)]
    public static partial Regex AccordingTo();

    /// <summary>", citing X": the original source behind an outlet's report.</summary>
    [GeneratedRegex(@",\s*citing\s+", RegexOptions.CultureInvariant)]
    public static partial Regex Citing();

    /// <summary>Unattributed reports: "reportedly", "it was reported that", "is said to".</summary>
    [GeneratedRegex(@"\b(?:reportedly|(?:it|It)\s+(?:was|has\s+been|is)\s+reported|(?:is|are|was|were)\s+said\s+to)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Unattributed();

    /// <summary>Hedges that make a claim uncertain: "reportedly", "likely", "expected to", "could", "may".</summary>
    [GeneratedRegex(@"\b(?:reportedly|likely|unlikely|expected\s+to|could|may|might|allegedly|possibly|probably|perhaps|appears?\s+to|believed\s+to|said\s+to\s+be|is\s+thought\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Hedge();

    public static ClaimStatus? StatusOfLemma(string? lemma) => lemma switch
    {
        "confirm" => ClaimStatus.Confirmed,
        "deny" => ClaimStatus.Denied,
        _ => null,
    };
}
