using System.Numerics;

namespace Newsgraph.Entities;

/// <summary>A loaded fast NER model: one weight row (one weight per label) per hashed feature, plus the gazetteer and word classes.</summary>
internal sealed class NerModel
{
    private readonly Dictionary<uint, int> _rowByFeature;
    private readonly float[] _weights;

    public NerModel(Dictionary<uint, int> rowByFeature, float[] weights, Gazetteer gazetteer, WordClusters clusters)
    {
        Clusters = clusters;
        _rowByFeature = rowByFeature;
        _weights = weights;
        Gazetteer = gazetteer;
        Features = new TokenFeatures(gazetteer, clusters);
    }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    public TokenFeatures Features { get; }

    public IReadOnlyDictionary<uint, int> Rows => _rowByFeature;

    public ReadOnlySpan<float> Weights => _weights;

    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        int labels = BilouLabels.Count;
        foreach (uint feature in features)
        {
            if (_rowByFeature.TryGetValue(feature, out int row))
            {
                ReadOnlySpan<float> weights = _weights.AsSpan(row * labels, labels);
                int label = 0;

                // Rows are 17 floats: two 8-wide vector adds and one scalar on most machines.
                for (; label <= labels - Vector<float>.Count; label += Vector<float>.Count)
                {
                    (new Vector<float>(scores[label..]) + new Vector<float>(weights[label..])).CopyTo(scores[label..]);
                }

                for (; label < labels; label++)
                {
                    scores[label] += weights[label];
                }
            }
        }
    }
}
