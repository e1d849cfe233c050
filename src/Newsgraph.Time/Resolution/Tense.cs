namespace Newsgraph.Time.Resolution;

/// <summary>Which way a sentence looks from its speech time.</summary>
internal enum Tense
{
    Neutral,
    Past,
    Future,
}
