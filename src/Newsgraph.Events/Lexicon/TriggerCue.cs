namespace Newsgraph.Events.Lexicon;

/// <summary>
/// What a trigger word or phrase suggests: a PLOVER type (index into <see cref="PloverTypes.All"/>),
/// a mode or null, and a prior weight (1 = a reliable cue, lower = a cue that needs the classifier's
/// agreement). <see cref="Following"/> are the literal lower-case words that must follow the first
/// word for a phrase ("step" + "down").
/// </summary>
internal sealed record TriggerCue(int Type, string? Mode, float Weight, string[] Following)
{
    public string TypeName => PloverTypes.All[Type];

    /// <summary>A pattern with a gap ("cut * ties"): its head word alone says nothing, so the classifier's lexicon features skip it.</summary>
    public bool IsGapped { get; } = Array.IndexOf(Following, "*") >= 0;

    /// <summary>
    /// A cue from the derived lexicon (<see cref="DerivedTriggers"/>): the classifier was trained
    /// without it, so its lexicon features skip it (the model sees the same inputs as in training).
    /// </summary>
    public bool IsDerived { get; init; }

    /// <summary>Whether the classifier's lexicon features count this cue (it existed when the model was trained).</summary>
    public bool SeenInTraining => !IsGapped && !IsDerived;
}
