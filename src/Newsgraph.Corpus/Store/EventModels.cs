namespace Newsgraph.Corpus.Store;

/// <summary>One stored event with its article's metadata, as the event exports (GDELT-like TSV,
/// PLOVER JSON) need it: the trigger and sentence text cut from the article, the actors resolved to
/// corpus entities, the place as the entity's name, the time as the time expression's resolved
/// value (ISO 8601, as in report <c>times[].value</c>).</summary>
public sealed record StoredEvent(
    string ArticleId,
    string? Url,
    string? Site,
    string? Title,
    string? Published,
    string? Language,
    string IngestedAt,
    string EventId,
    int Ordinal,
    string Type,
    string? Mode,
    string Modality,
    string Trigger,
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    string? Place,
    string? Time,
    IReadOnlyList<EventActor> Sources,
    IReadOnlyList<EventActor> Targets);

/// <summary>An event participant: the corpus entity's name, type and key.</summary>
public sealed record EventActor(string Name, string Type, string Key);
