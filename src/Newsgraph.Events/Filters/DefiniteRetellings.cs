using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Filters;

/// <summary>
/// Why: a definite nominal trigger ("the call with Zelensky", "the release of the hostages") refers
/// back to an event the article has already introduced; when an earlier candidate has the same type
/// and shares an actor with it, it is that event told again, not another one (events-precision,
/// 2026-11-29: "Trump's July 25 phone call with … Zelensky … the call with Zelensky", "freeing of the
/// hostages … the hostages' release … the release of the hostages"). Candidates that share no actor
/// ("the occupation by Russia of Crimea" after another ASSAULT) stay separate events.
/// </summary>
internal static class DefiniteRetellings
{
    public const string Rule = "definite-retelling";

    /// <summary>Why: the determiner that marks a known referent; "a"/"an" introduce a new one.</summary>
    private const string Definite = "the";

    /// <summary>
    /// The events (by index) that retell an earlier candidate of the same type and actors;
    /// <paramref name="definite"/> says, per event, whether its trigger is definite (<see cref="IsDefinite"/>).
    /// </summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<NewsEvent> events, IReadOnlyList<bool> definite)
    {
        var retold = new HashSet<int>();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!definite[i])
            {
                continue;
            }

            for (int j = 0; j < events.Count; j++)
            {
                var earlier = events[j];
                if (j != i && earlier.Trigger.Start < e.Trigger.Start && earlier.Type == e.Type && !definite[j] && SharesActor(e, earlier))
                {
                    retold.Add(i);
                    break;
                }
            }
        }

        return retold;
    }

    /// <summary>True when the token before the trigger's first token is "the" ("the release", "The call").</summary>
    public static bool IsDefinite(LowerWords words, int triggerStart) => triggerStart > 0 && words[triggerStart - 1] == Definite;

    private static bool SharesActor(NewsEvent a, NewsEvent b) =>
        Shares(a.Source, b.Source) || Shares(a.Target, b.Target) || Shares(a.Source, b.Target) && Shares(a.Target, b.Source);

    private static bool Shares(ImmutableArray<string> a, ImmutableArray<string> b) => a.Any(b.Contains);
}
