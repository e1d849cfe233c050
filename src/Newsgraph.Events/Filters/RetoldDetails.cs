using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Filters;

/// <summary>
/// Why (session 10): news introduces an event with its actors and tells where and when in a later
/// sentence through a definite nominal of the same kind with no named doer ("Kim will meet Putin
/// next week … The meeting between the two leaders is expected to be held … in Vladivostok"). That
/// nominal adds no event (it has no doer, so it is no candidate), but its place, and its time when
/// the event has none, belong to the event it retells: the earlier candidates of the same type
/// within <see cref="MaxSentencesBack"/> sentences that have no place (several when the event was
/// told twice, "will meet … will discuss with Putin"; which of them survives selection is decided later).
/// </summary>
internal static class RetoldDetails
{
    public const string Rule = "retold-details";

    /// <summary>Why: a retelling follows its event closely; further back, a same-type nominal is as likely another event.</summary>
    public const int MaxSentencesBack = 3;

    /// <summary>
    /// A doer-less definite nominal's type, trigger offset, place and time; <paramref name="WindowStart"/>:
    /// the start of the earliest sentence whose events it may retell (<see cref="MaxSentencesBack"/> before its own).
    /// </summary>
    public sealed record Detail(string Type, int TriggerStart, int WindowStart, string? Place, string? Time);

    /// <summary>Gives the earlier candidates a detail retells its place (and a missing time), in place.</summary>
    public static void Apply(List<EventStage.Candidate> candidates, IReadOnlyList<Detail> details)
    {
        foreach (var detail in details)
        {
            for (int i = 0; i < candidates.Count; i++)
            {
                var e = candidates[i].Event;
                if (e.Type == detail.Type && e.Trigger.Start < detail.TriggerStart && e.Place is null && e.Sentence.Start >= detail.WindowStart)
                {
                    candidates[i] = candidates[i] with { Event = e with { Place = detail.Place, Time = e.Time ?? detail.Time } };
                }
            }
        }
    }
}
