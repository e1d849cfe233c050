namespace Newsgraph.Entities;

/// <summary>
/// What the entity stage needs from a named-entity tagger: entities of one sentence as token
/// ranges. The fast perceptron and the accurate transformer head both implement it, so the stage's
/// merging, typing and keys stay the same whichever mode tags.
/// </summary>
public interface ITokenTagger
{
    /// <summary>The model's name, recorded as the stage's model in the report (e.g. "ner-fast-v1").</summary>
    string ModelName { get; }

    /// <summary>Tags one sentence given as its tokens; returns entities as token ranges.</summary>
    IReadOnlyList<TaggedEntity> Tag(IReadOnlyList<string> tokens);

    /// <summary>
    /// Tags the sentences of one document and makes the labels agree across it
    /// (<see cref="DocumentConsistency"/>): one list of entities per sentence, as token ranges of that sentence.
    /// </summary>
    IReadOnlyList<IReadOnlyList<TaggedEntity>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences);
}
