using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Candidates;

/// <summary>A trigger found in a sentence: token range [Start, End) (absolute token indices) and the cues it matched.</summary>
internal sealed record TriggerMatch(int Start, int End, IReadOnlyList<TriggerCue> Cues);
