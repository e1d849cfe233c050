namespace Newsgraph.Training;

/// <summary>The knobs of one NER training run; the defaults are what the committed model was trained with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Training passes over the data.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Fine word classes (k-means over context vectors).</summary>
    public int FineClasses { get; init; } = WordClusterBuilder.FineClasses;

    /// <summary>Coarse word classes (k-means over the fine centroids).</summary>
    public int CoarseClasses { get; init; } = WordClusterBuilder.CoarseClasses;

    /// <summary>Share of GMB's training blocks used: GMB is silver and several times the rest, so all of it would drown the other conventions.</summary>
    public double GmbTrainShare { get; init; } = 0.5;

    /// <summary>Passes over the smaller gold corpora (CrossNER, re3d, WikiGold, GUM) per epoch, to balance them against GMB.</summary>
    public int GoldCorpusRepeats { get; init; } = 2;

    /// <summary>Whether GUM train (proper-noun-headed mentions, cut to names) is trained on.</summary>
    public bool UseGum { get; init; } = true;
}
