namespace Newsgraph.Events;

/// <summary>
/// The 16 PLOVER event types (shared/data/events_plover/PLOVER_MANUAL.tex), in the order the model
/// file stores their weights. The order is part of the model format: change it and retrain.
/// </summary>
internal static class PloverTypes
{
    public static readonly string[] All =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public static int Count => All.Length;

    public static int IndexOf(string type) => Array.IndexOf(All, type);
}
