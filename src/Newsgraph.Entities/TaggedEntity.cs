namespace Newsgraph.Entities;

/// <summary>An entity found by a tagger: tokens [Start, End) of the sentence given to it.</summary>
public readonly record struct TaggedEntity(int Start, int End, EntityKind Kind);
