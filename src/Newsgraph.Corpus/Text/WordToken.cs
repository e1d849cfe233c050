namespace Newsgraph.Corpus.Text;

/// <summary>One word or number of an article's text, as the clusterer and the duplicate index see it.</summary>
/// <param name="Text">The token as written (case kept).</param>
/// <param name="IsCapitalised">Starts with an upper-case letter.</param>
/// <param name="StartsSentence">First token of the text or the first after a sentence end (. ! ? or a line break).</param>
/// <param name="IsNumber">Starts with a digit (digits, with inner . or , kept: "6.1", "1,300").</param>
internal readonly record struct WordToken(string Text, bool IsCapitalised, bool StartsSentence, bool IsNumber);
