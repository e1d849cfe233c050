namespace Newsgraph.Training.Accurate;

/// <summary>
/// The knobs of one accurate-mode head training run. Running the transformer over all 1.19M training
/// tokens takes hours on one shared core, so a seeded sample of sentences is used; the defaults are
/// what the committed head was trained with (see docs/models/ner-accurate.md).
/// </summary>
public sealed record AccurateNerOptions
{
    /// <summary>Training sentences sampled (distinct sentences, seeded).</summary>
    public int TrainSentences { get; init; } = 6000;

    /// <summary>Share of the sample drawn from GMB (silver labels, 90% of all sentences); the rest
    /// from the gold corpora (CrossNER, re3d, WikiGold, GUM), so they are not drowned.</summary>
    public double GmbShare { get; init; } = 0.5;

    /// <summary>Held-out sentences scored per set (a seeded sample; 0 = all). Both taggers are scored
    /// on the same sample, so the figures compare.</summary>
    public int DevSentencesPerSet { get; init; } = 500;

    /// <summary>Passes over the sampled tokens.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Hidden units of the head (0: a linear softmax layer).</summary>
    public int HiddenUnits { get; init; } = 128;

    /// <summary>Adam step size.</summary>
    public float LearningRate { get; init; } = 1e-3f;

    /// <summary>
    /// Chance of hiding the fast tagger's label from a training token. The fast model was trained on
    /// these very sentences, so its labels here are better than on new text; hiding them half the
    /// time keeps the head from trusting them blindly.
    /// </summary>
    public double FastLabelDropout { get; init; } = 0.5;

    /// <summary>OnnxRuntime threads while extracting training features (the figures use 1).</summary>
    public int Threads { get; init; } = 1;
}
