using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// What a corpus convention makes of one gold span: the entities it becomes (none = O), or "unknown"
/// (its tokens get no training signal, like MISC) when the corpus marks something the CoNLL name
/// convention would not mark the same way and no safe rewrite exists.
/// </summary>
internal readonly record struct CleanedSpan(IReadOnlyList<TaggedEntity> Entities, bool Unknown)
{
    public static CleanedSpan Keep(TaggedEntity entity) => new([entity], false);

    public static CleanedSpan Outside => new([], false);

    public static CleanedSpan Unlabelled => new([], true);
}
