using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>
/// The layers the language stage produces and every NLP stage reads. Tokens and sentences are
/// immutable arrays of small structs: later stages walk them many times, so indexing must be cheap,
/// and nobody can change a layer once written. Both are empty for a document that is not English.
/// </summary>
public static class LanguageLayers
{
    /// <summary>Tokens of <see cref="Document.Text"/>, in text order, not overlapping.</summary>
    public static readonly LayerKey<ImmutableArray<Token>> Tokens = new("language.tokens");

    /// <summary>Sentences over <see cref="Tokens"/>; a sentence never crosses a body block.</summary>
    public static readonly LayerKey<ImmutableArray<Sentence>> Sentences = new("language.sentences");

    /// <summary>The document's language and whether English NLP runs on it.</summary>
    public static readonly LayerKey<DetectedLanguage> Detected = new("language.detected");
}
