using Newsgraph.Core.Documents;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks.Scoring;

/// <summary>Runs the extraction stage once over a dev set and scores body and metadata.</summary>
public sealed class ExtractionEvaluation
{
    private ExtractionEvaluation(IReadOnlyDictionary<string, PageResult> results, BodyScore body, MetadataScore metadata)
    {
        Results = results;
        Body = body;
        Metadata = metadata;
    }

    public IReadOnlyDictionary<string, PageResult> Results { get; }

    public BodyScore Body { get; }

    public MetadataScore Metadata { get; }

    public double MetadataAccuracy(string field) => Metadata.Fields.Single(f => f.Field == field).Accuracy;

    public static ExtractionEvaluation Run(ExtractionDevSet set, string? missesPath = null)
    {
        var stage = new ExtractionStage();
        var results = new Dictionary<string, PageResult>(StringComparer.Ordinal);
        foreach (var page in set.Pages)
        {
            var doc = stage.Read(page.Input, CancellationToken.None);
            results[page.Id] = new PageResult(doc.Text, doc.GetOrDefault(ArticleLayers.Info) ?? new ArticleInfo(), doc.GetOrDefault(ArticleLayers.Images) ?? []);
        }

        var body = BodyScorer.Score(set.TruthBodies, results.ToDictionary(r => r.Key, r => r.Value.Text));
        var metadata = MetadataScore.Compute(set.Gold, results.ToDictionary(r => r.Key, r => (r.Value.Info, r.Value.Images)), missesPath);
        return new ExtractionEvaluation(results, body, metadata);
    }
}

public sealed record PageResult(string Text, ArticleInfo Info, IReadOnlyList<ArticleImage> Images);
