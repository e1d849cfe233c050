using System.Collections.Frozen;

namespace Newsgraph.Corpus.Text;

/// <summary>
/// Function words and news boilerplate that carry no story identity. They are dropped from the text
/// vector (IDF would down-weight them anyway, but early in a stream the document frequencies are
/// too thin to do it) and from the entity stand-in when capitalised at a sentence start.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does", "did", "not", "no", "it", "its", "this", "that", "these", "those", "he", "she", "they",
        "we", "you", "i", "his", "her", "their", "our", "your", "them", "him", "us", "me", "who", "whom",
        "which", "what", "when", "where", "why", "how", "than", "then", "there", "here", "so", "such",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "also", "just",
        "about", "after", "before", "over", "under", "into", "out", "up", "down", "off", "more", "most",
        "other", "some", "any", "all", "each", "both", "few", "many", "much", "very", "said", "says",
        "say", "told", "according", "new", "one", "two", "three", "mr", "mrs", "ms", "dr", "while",
        "since", "during", "until", "because", "though", "although", "now", "only", "still", "even",
        "last", "first", "year", "years", "week", "day", "days", "time", "people", "news", "report",
        "reported", "reports", "like", "get", "got", "per", "via", "among", "between", "through",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "updated", "published", "am", "pm", "et", "read", "click", "share",
    }.ToFrozenSet(StringComparer.Ordinal);
}
