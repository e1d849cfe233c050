using System.Globalization;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// The in-memory duplicate index and story clusterer, kept in step with the store: before each
/// batch they are fed every article committed since they last looked (at start: the whole corpus;
/// later: batches of other processes), in commit order. Both are deterministic, so every process
/// that feeds the same articles in the same order reaches the same duplicate groups and story ids.
/// </summary>
internal sealed class CorpusIndexes(IngestOptions options)
{
    /// <summary>Computes fingerprints on the analysis workers (pure; never holds articles).</summary>
    private readonly NearDuplicateIndex fingerprinter = new();
    private NearDuplicateIndex duplicates = new();
    private StoryClusterer stories = new();

    public long LastSequence { get; private set; }

    public void CatchUp(ICorpusWriter writer)
    {
        if (!options.Deduplicate && !options.Cluster)
        {
            return; // nothing to feed: reading every stored text would only cost time
        }

        foreach (var known in writer.ArticlesAfter(LastSequence))
        {
            if (!string.IsNullOrWhiteSpace(known.Text))
            {
                if (options.Deduplicate)
                {
                    duplicates.Add(known.Id, known.Text);
                }

                if (options.Cluster && known.Revision == 1 && known.DuplicateOf is null && known.StoryId is not null)
                {
                    stories.Add(new ClusterArticle(known.Id, known.Text, known.Title, ParsePublished(known.Published), known.EntityKeys));
                }
            }

            LastSequence = known.Sequence;
        }
    }

    /// <summary>The text's duplicate fingerprint, or null when duplicates are not folded. Thread-safe:
    /// called by the analysis workers, so the writer only looks the fingerprint up.</summary>
    public DuplicateFingerprint? Fingerprint(string text) => options.Deduplicate ? fingerprinter.Fingerprint(text) : null;

    /// <summary>The earlier article this text copies, or null; remembers it either way.</summary>
    public string? DuplicateOf(string id, DuplicateFingerprint? fingerprint) =>
        options.Deduplicate && fingerprint is not null ? duplicates.Add(id, fingerprint) : null;

    public string? StoryOf(string id) => stories.StoryOf(id);

    public string? AddToStory(string id, string text, string? title, string? published, IReadOnlyList<string> keys) =>
        options.Cluster ? stories.Add(new ClusterArticle(id, text, title, ParsePublished(published), keys)) : null;

    public void Committed(long lastSequence) => LastSequence = Math.Max(LastSequence, lastSequence);

    /// <summary>Forgets everything (after a failed batch whose articles the indexes already hold);
    /// the next batch rebuilds from the store.</summary>
    public void Reset()
    {
        duplicates = new NearDuplicateIndex();
        stories = new StoryClusterer();
        LastSequence = 0;
    }

    internal static DateTimeOffset? ParsePublished(string? published) =>
        published is not null && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
