using System.Globalization;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// The duplicate index and story clusterer, kept in step with the store: before each batch they are
/// fed every article committed since they last looked (at start: the whole corpus; later: batches of
/// other processes), in commit order. A store that keeps its own duplicate index
/// (<see cref="ICorpusWriter.Duplicates"/>, SQLite) is asked instead, and the clusterer is restored
/// only with the stories a run's articles can join (<see cref="RestoreLiveStories"/>): a run into a
/// large corpus loads nothing it does not need. The duplicate index is deterministic, so
/// every process that feeds the same articles in the same order reaches the same duplicate groups;
/// the clusterer is fed each article's stored story (<see cref="StoryClusterer.Restore"/>), so it
/// holds exactly the store's memberships whatever re-clustering changed. Articles added to stories
/// are re-clustered, with their neighbouring stories, every
/// <see cref="IngestOptions.ReclusterEvery"/> additions and at the end of a run.
/// </summary>
internal sealed class CorpusIndexes(IngestOptions options)
{
    /// <summary>Computes fingerprints on the analysis workers (pure; never holds articles).</summary>
    private readonly NearDuplicateIndex fingerprinter = new();
    private NearDuplicateIndex duplicates = new();
    private StoryClusterer stories = new();

    /// <summary>Articles added to stories since the last committed re-clustering.</summary>
    private readonly List<string> sinceRecluster = [];

    /// <summary>How many of <see cref="sinceRecluster"/> are stored (added by committed batches): a
    /// failed batch's additions past this were rolled back and must not be re-clustered later.</summary>
    private int committedSinceRecluster;

    public long LastSequence { get; private set; }

    /// <summary>Stories the clusterer was restored with, whole (a store that keeps its own duplicate
    /// index restores only the stories a run's articles can join, see <see cref="RestoreLiveStories"/>).</summary>
    private readonly HashSet<string> restoredStories = new(StringComparer.Ordinal);

    /// <summary>Every stored story whose last dated member lies on or after this day is restored;
    /// null before the first catch-up. A dated article can only join a story whose dates come within
    /// <see cref="StoryClusterSettings.ActivityDays"/> of its own, so an article older than this plus
    /// that many days extends the window first (<see cref="EnsureStoriesAround"/>).</summary>
    private DateOnly? restoredFromDay;

    private static int ActivityDays => StoryClusterSettings.Default.ActivityDays;

    public void CatchUp(ICorpusWriter writer)
    {
        if (!options.Deduplicate && !options.Cluster)
        {
            return; // nothing to feed: reading every stored text would only cost time
        }

        if (writer.Duplicates is not null)
        {
            // the store keeps the duplicate index itself: only the clusterer is fed, and only the
            // articles it holds (a corpus stored without stories yields none)
            if (options.Cluster)
            {
                if (restoredFromDay is null)
                {
                    RestoreLiveStories(writer);
                }
                else
                {
                    // articles other processes committed since: a story this clusterer holds takes
                    // the new member; a story it does not hold is restored whole (never a part)
                    var unheld = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var known in writer.ClusteredArticlesAfter(LastSequence))
                    {
                        if (!IsClustered(known))
                        {
                            continue;
                        }

                        if (restoredStories.Contains(known.StoryId!) || stories.Holds(known.StoryId!))
                        {
                            stories.Restore(ToClusterArticle(known), known.StoryId!);
                        }
                        else
                        {
                            unheld.Add(known.StoryId!);
                        }
                    }

                    RestoreStories(writer, unheld);
                }
            }

            LastSequence = Math.Max(LastSequence, writer.LastSequence());
            return;
        }

        foreach (var known in writer.ArticlesAfter(LastSequence))
        {
            if (!string.IsNullOrWhiteSpace(known.Text))
            {
                if (options.Deduplicate)
                {
                    duplicates.Add(known.Id, known.Text);
                }

                if (options.Cluster && IsClustered(known))
                {
                    stories.Restore(ToClusterArticle(known), known.StoryId!);
                }
            }

            LastSequence = known.Sequence;
        }
    }

    /// <summary>The first catch-up of a run (or after a failed batch) against a store that keeps its
    /// own duplicate index: restores the stories this run's articles can join — those last active
    /// within <see cref="StoryClusterSettings.ActivityDays"/> of the newest story, and those holding
    /// one of the <see cref="IngestOptions.RestoreRecentArticles"/> latest articles — instead of every stored
    /// member, so the work grows with the live stories, not with the corpus. The clusterer scores
    /// against these with frequencies counted over them (not the whole corpus: a slightly different
    /// IDF than a clusterer that had seen everything).</summary>
    private void RestoreLiveStories(ICorpusWriter writer)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (writer.LastStoryDay() is { } last && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
        {
            restoredFromDay = lastDay.AddDays(-ActivityDays);
            ids.UnionWith(writer.StoriesLastPublishedBetween(Day(restoredFromDay.Value), null));
        }
        else
        {
            restoredFromDay = DateOnly.MinValue; // no dated story stored: every dated one is held as it comes
        }

        ids.UnionWith(writer.StoriesWithMembersAfter(Math.Max(0, writer.LastSequence() - options.RestoreRecentArticles)));
        RestoreStories(writer, ids);
    }

    /// <summary>Before a dated article is scored: restores the stored stories it could join that
    /// the window does not hold yet (an article older than the newest stories, as when an archive
    /// is loaded after live feeds), and widens the window to them.</summary>
    private void EnsureStoriesAround(ICorpusWriter writer, string? published)
    {
        if (restoredFromDay is not { } from || ParsePublished(published) is not { } date)
        {
            return;
        }

        var needed = DateOnly.FromDateTime(date.Date).AddDays(-ActivityDays);
        if (needed >= from)
        {
            return;
        }

        RestoreStories(writer, writer.StoriesLastPublishedBetween(Day(needed), Day(from)));
        restoredFromDay = needed;
    }

    private void RestoreStories(ICorpusWriter writer, IEnumerable<string> storyIds)
    {
        // a story the clusterer holds (restored, or made by this run) has every member already
        var wanted = storyIds.Where(id => !restoredStories.Contains(id) && !stories.Holds(id)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var known in writer.ClusteredMembersOf(wanted))
        {
            if (IsClustered(known))
            {
                stories.Restore(ToClusterArticle(known), known.StoryId!);
            }
        }

        restoredStories.UnionWith(wanted);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text's duplicate fingerprint. Thread-safe: called by the analysis workers, so the
    /// writer only looks the fingerprint up. Computed even when this run does not fold duplicates:
    /// a store with its own duplicate index records every article, for later runs that do.</summary>
    public DuplicateFingerprint Fingerprint(string text) => fingerprinter.Fingerprint(text);

    /// <summary>The earlier article this text copies (null when there is none or this run does not
    /// fold duplicates), and for a store that keeps its own index the match the store records with
    /// the article. The in-memory index remembers the article at once.</summary>
    public (string? DuplicateOf, DuplicateMatch? Match) DuplicateOf(ICorpusWriter writer, string id, DuplicateFingerprint? fingerprint)
    {
        if (fingerprint is null)
        {
            return (null, null);
        }

        if (writer.Duplicates is { } stored)
        {
            var match = stored.Match(fingerprint);
            return (options.Deduplicate ? match.CanonicalId : null, match);
        }

        return (options.Deduplicate ? duplicates.Add(id, fingerprint) : null, null);
    }

    public string? StoryOf(string id) => stories.StoryOf(id);

    /// <summary>Everything the writer compares of one article's text, from one fold
    /// (<see cref="TextNormalizer"/>: content hash and duplicate fingerprint) and one tokenisation
    /// (entity keys, <see cref="ArticleKeys"/>, and clustering terms): the same values as computing
    /// each on its own, at about half the cost. Thread-safe: called by the analysis workers.</summary>
    public ArticleTextKeys TextKeys(string? title, string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        bool blank = string.IsNullOrWhiteSpace(text);
        if (!options.Cluster)
        {
            // the entity keys and terms are the story clusterer's alone (the store keeps an
            // article's keys only when the clusterer holds it): a run without stories skips the
            // tokenisation (the name-key extraction and its word split)
            return new ArticleTextKeys(ContentHash.OfNormalized(normalized), [], blank ? null : fingerprinter.FingerprintOfNormalized(normalized), null);
        }

        var tokens = WordTokenizer.Tokenize(CapitalisedNameKeys.KeySource(title, text));
        var entityKeys = CapitalisedNameKeys.Extract(title, text, tokens);
        // with a text, KeySource is the text: its tokens are the clustering terms' tokens too
        return new ArticleTextKeys(
            ContentHash.OfNormalized(normalized),
            entityKeys,
            blank ? null : fingerprinter.FingerprintOfNormalized(normalized),
            options.Cluster && !blank ? StoryClusterer.Count(new ClusterArticle("", text, title, null, entityKeys), null, tokens) : null);
    }

    /// <summary>The article's clustering terms, or null when stories are not assigned. Thread-safe:
    /// called by the analysis workers, so the writer does not tokenise.</summary>
    public ArticleTermCounts? ClusterTerms(string text, string? title, IReadOnlyList<string> keys) =>
        options.Cluster && !string.IsNullOrWhiteSpace(text) ? StoryClusterer.Count(new ClusterArticle("", text, title, null, keys)) : null;

    public string? AddToStory(string id, string text, string? title, string? published, IReadOnlyList<string> keys, ArticleTermCounts? terms = null) =>
        AddToStory(null, id, text, title, published, keys, terms);

    /// <summary>Adds the article to its best story, first restoring from <paramref name="writer"/>'s
    /// store the stories of its days the clusterer does not hold yet.</summary>
    public string? AddToStory(ICorpusWriter? writer, string id, string text, string? title, string? published, IReadOnlyList<string> keys, ArticleTermCounts? terms = null)
    {
        if (!options.Cluster)
        {
            return null;
        }

        if (writer is not null)
        {
            EnsureStoriesAround(writer, published);
        }

        sinceRecluster.Add(id);
        return stories.Add(new ClusterArticle(id, text, title, ParsePublished(published), keys), terms);
    }

    /// <summary>True when the articles added since the last re-clustering should be re-clustered now:
    /// <see cref="IngestOptions.ReclusterEvery"/> of them, or any at the end of a run.</summary>
    public bool ReclusterDue(bool endOfRun) =>
        options.Cluster && options.Recluster && sinceRecluster.Count > 0 && (endOfRun || sinceRecluster.Count >= options.ReclusterEvery);

    /// <summary>Re-clusters the neighbourhood of the articles added since the last re-clustering;
    /// the caller writes the moves in the same transaction and calls <see cref="Reclustered"/> once
    /// it committed (or <see cref="Reset"/> when it failed).</summary>
    public IReadOnlyList<StoryMove> Recluster() => stories.Recluster(sinceRecluster);

    public void Reclustered()
    {
        sinceRecluster.Clear();
        committedSinceRecluster = 0;
    }

    public void Committed(long lastSequence)
    {
        LastSequence = Math.Max(LastSequence, lastSequence);
        committedSinceRecluster = sinceRecluster.Count;
    }

    /// <summary>The ids waiting for re-clustering (committed or in the open batch).</summary>
    internal IReadOnlyList<string> PendingRecluster => sinceRecluster;

    /// <summary>Forgets everything (after a failed batch whose articles the indexes already hold);
    /// the next batch rebuilds from the store.</summary>
    public void Reset()
    {
        duplicates = new NearDuplicateIndex();
        stories = new StoryClusterer();
        restoredStories.Clear();
        restoredFromDay = null;
        LastSequence = 0;
        // the failed batch's articles were never stored: only the committed ones stay queued
        sinceRecluster.RemoveRange(committedSinceRecluster, sinceRecluster.Count - committedSinceRecluster);
    }

    /// <summary>Whether a stored article is one the clusterer holds: first revisions that are not
    /// copies and have a story (revisions and copies take their original's story).</summary>
    internal static bool IsClustered(KnownArticle known) =>
        known.Revision == 1 && known.DuplicateOf is null && known.StoryId is not null && !string.IsNullOrWhiteSpace(known.Text);

    internal static ClusterArticle ToClusterArticle(KnownArticle known) =>
        new(known.Id, known.Text, known.Title, ParsePublished(known.Published), known.EntityKeys);

    internal static DateTimeOffset? ParsePublished(string? published) =>
        published is not null && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}

/// <summary>What <see cref="CorpusIndexes.TextKeys"/> computes of an article's text.</summary>
internal sealed record ArticleTextKeys(string ContentHash, IReadOnlyList<string> EntityKeys, DuplicateFingerprint? Fingerprint, ArticleTermCounts? ClusterTerms);
