namespace Newsgraph.Quotes.Cues;

/// <summary>
/// Closed-class words the noun-phrase reader needs: what may start or sit inside a speaker phrase,
/// what ends one, and what may stand between a subject and its reporting verb.
/// </summary>
internal static class PhraseWords
{
    /// <summary>Determiners and quantifiers that open a noun phrase ("a senior official", "both sides").</summary>
    public static readonly WordSet Determiners = new([
        "the", "a", "an", "one", "both", "two", "three", "some", "many", "several", "another", "other", "his", "her",
        "their", "its", "our", "my", "your", "this", "that", "these", "those", "each", "all", "most", "few", "no",
    ]);

    /// <summary>Personal pronouns that can be a speaker, resolved to an earlier name.</summary>
    public static readonly WordSet Pronouns = new(["he", "she", "it", "they", "we", "i"]);

    /// <summary>
    /// Lower-case words that can never be inside a speaker phrase: auxiliaries, conjunctions,
    /// subordinators, prepositions that start an adverbial, and common verbs. Hitting one ends the
    /// backward scan for a subject.
    /// </summary>
    public static readonly WordSet Stops = new([
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "when", "where", "while", "whether",
        "because", "after", "before", "since", "although", "though", "if", "as", "than", "then", "until", "unless",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "not", "also", "in", "on", "at", "by",
        "with", "from", "into", "about", "over", "under", "during", "against", "between", "through", "without",
        "what", "why", "how", "there", "here", "just", "even", "only", "still", "however", "meanwhile", "later",
        "earlier", "first", "again", "never", "always", "often", "already", "now", "once", "too", "very", "last",
        "next", "this", "week", "month", "year", "today", "yesterday", "tonight", "morning", "afternoon", "evening",
        "night", "to", "he", "she", "it", "they", "we", "i", "him", "them", "us", "me", "you",
    ]);

    /// <summary>
    /// Words allowed between a subject and its verb ("Noem later tweeted", "He also said", "Esper on
    /// Wednesday accused"): adverbs of time and sequence and the days of the week.
    /// </summary>
    public static readonly WordSet BetweenSubjectAndVerb = new([
        "also", "later", "then", "further", "previously", "earlier", "first", "again", "recently", "reportedly",
        "separately", "additionally", "now", "still", "just", "frankly", "repeatedly", "publicly", "privately",
        "once", "initially", "subsequently", "has", "have", "had", "would", "will", "had", "on", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "last", "week", "this", "month", "yesterday",
        "today", "tonight", "morning", "night", "afternoon", "evening", "himself", "herself", "themselves", "itself",
        "allegedly", "simply", "openly", "flatly", "firmly", "strongly", "explicitly", "quickly", "immediately",
    ]);

    /// <summary>Prepositions allowed inside a speaker phrase when a name or determiner follows ("spokesperson for the Foreign Office").</summary>
    public static readonly WordSet InnerPrepositions = new(["of", "for", "to", "at", "from", "with"]);

    /// <summary>Function words after a quoted fragment that show the fragment is part of the sentence, not a label ("the “resolution and power” to end").</summary>
    public static readonly WordSet FunctionWords = new([
        "to", "for", "of", "in", "on", "at", "with", "from", "by", "and", "or", "but", "if", "as", "that", "when",
        "while", "because", "than", "after", "before", "since", "about", "against", "into", "over", "mutually",
    ]);
}
