using System.Collections.Frozen;

namespace Newsgraph.Events.Actors;

/// <summary>Word lists of the implied-actor rules (<c>ActorFinder.Implied.cs</c>); each says why it is there.</summary>
internal static class ImpliedCues
{
    /// <summary>
    /// Why: "Thousands of protesters", "dozens of officers", "many of the demonstrators": a quantity
    /// before "of" counts the description that follows, which heads the noun phrase. Numbers written
    /// as digits are not words here ("200 of the protesters" is rarer in news and reads the same).
    /// </summary>
    public static readonly FrozenSet<string> QuantityWords = Set(
        "thousands", "hundreds", "dozens", "scores", "tens", "millions", "many", "some", "several", "most", "all", "groups", "crowds", "hundred", "thousand", "dozen");

    /// <summary>
    /// Why: the nouns that name the doers of a demonstration (Phoenix PROTESTER [~OPP] and its
    /// synonyms). Broader opposition nouns ("critic", "activist", "opponent") are left out: they
    /// voice criticism more often than they march, so they do not stand for a protest's doers.
    /// </summary>
    public static readonly FrozenSet<string> ProtesterNouns = Set(
        "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "marchers");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
