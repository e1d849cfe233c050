namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// Incremental story clustering. Each <see cref="Add"/> scores the article against candidate stories
/// (those sharing its most specific words or any entity key) by TF-IDF cosine of words and of entity
/// keys to the story centroid plus a time-proximity term, joins the best story when the score
/// reaches the threshold and opens a new story otherwise. <see cref="Recluster"/> is a refinement a
/// user can run at any time: it re-scores every article against the other stories in id order and
/// merges stories whose centroids agree, which removes most of the dependence on arrival order.
/// Deterministic for a given input order; not thread-safe.
/// </summary>
public sealed class StoryClusterer
{
    private const long EntitySpaceFlag = 1L << 40;

    private readonly StoryClusterSettings settings;
    private readonly TermSpace words = new();
    private readonly TermSpace entities = new();
    private readonly List<ArticleFeatures> articles = [];
    private readonly List<int> storyOfArticle = [];
    private readonly List<StoryState> stories = [];
    private readonly List<(double Words, double Entities, int At)> articleNorms = [];
    private readonly Dictionary<string, int> indexOfId = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<int>> postings = [];

    public StoryClusterer(StoryClusterSettings? settings = null)
    {
        this.settings = settings ?? StoryClusterSettings.Default;
    }

    public int ArticleCount => articles.Count;

    /// <summary>Adds an article and returns the id of the story it joined or opened. An id added before
    /// returns its current story.</summary>
    public string Add(ClusterArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (indexOfId.TryGetValue(article.Id, out int known))
        {
            return StoryId(storyOfArticle[known]);
        }

        var features = Featurize(article);
        words.CountDocument(features.Words.Ids);
        entities.CountDocument(features.Entities.Ids);
        int index = articles.Count;
        articles.Add(features);
        indexOfId[article.Id] = index;
        storyOfArticle.Add(-1);
        articleNorms.Add((0, 0, -1));

        JoinBest(index);
        return StoryId(storyOfArticle[index]);
    }

    /// <summary>The current story id of an added article, or null when the id is unknown.</summary>
    public string? StoryOf(string articleId) =>
        indexOfId.TryGetValue(articleId, out int i) ? StoryId(storyOfArticle[i]) : null;

    /// <summary>Current stories (non-empty), in order of creation.</summary>
    public IReadOnlyList<Story> Stories =>
        stories.Where(s => !s.IsEmpty)
            .Select(s => new Story(StoryId(s.Number), s.Members.Select(m => articles[m].Id).ToArray()))
            .ToArray();

    /// <summary>
    /// Refines the clustering so that it depends only on the set of articles, not on their arrival
    /// order: it re-runs the single pass over all articles in a canonical order (by a stable hash of
    /// the id) with the final document frequencies, then makes up to
    /// <see cref="StoryClusterSettings.ReclusterPasses"/> passes that move each article (in id order)
    /// to the story it now scores best against, or to a story of its own, and merge pairs of stories
    /// whose centroids score at least <see cref="StoryClusterSettings.MergeThreshold"/>. Story ids are
    /// renumbered. Returns the number of moves and merges in the refinement passes.
    /// </summary>
    public int Recluster()
    {
        stories.Clear();
        postings.Clear();
        words.ForgetCachedIdf();
        entities.ForgetCachedIdf();
        for (int i = 0; i < articleNorms.Count; i++)
        {
            articleNorms[i] = (0, 0, -1);
        }

        var canonical = Enumerable.Range(0, articles.Count)
            .OrderBy(i => Text.StableHash.Of(articles[i].Id))
            .ThenBy(i => articles[i].Id, StringComparer.Ordinal)
            .ToArray();
        foreach (int index in canonical)
        {
            JoinBest(index);
        }

        int changes = 0;
        var order = Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Id, StringComparer.Ordinal).ToArray();
        for (int pass = 0; pass < settings.ReclusterPasses; pass++)
        {
            int changed = 0;
            foreach (int index in order)
            {
                var features = articles[index];
                int current = storyOfArticle[index];
                stories[current].Remove(features, index, articles);
                var (best, score) = BestStory(features, exclude: -1);
                int target = best >= 0 && score >= settings.JoinThreshold ? best
                    : stories[current].IsEmpty ? current : NewStory();
                Join(index, target);
                if (target != current)
                {
                    changed++;
                }
            }

            changed += MergeStories();
            changes += changed;
            if (changed == 0)
            {
                break;
            }
        }

        return changes;
    }

    /// <summary>Joins the article to its best story (or a new one); when the runner-up story also
    /// scores close, the two stories merge if their members agree (average link), so evidence that
    /// accumulates as articles arrive can join two halves of one story that opened apart.</summary>
    private void JoinBest(int index)
    {
        var (best, score, second, secondScore) = RankStories(articles[index], exclude: -1);
        bool joins = best >= 0 && score >= settings.JoinThreshold;
        int story = joins ? best : NewStory();
        Join(index, story);
        if (joins && second >= 0 && settings.IncrementalMergeFloor > 0 && secondScore >= settings.IncrementalMergeFloor)
        {
            var a = stories[story];
            var b = stories[second];
            Refresh(a);
            Refresh(b);
            if (StoryScore(a, b) >= settings.MergeThreshold)
            {
                Merge(a, b);
            }
        }
    }

    private ArticleFeatures Featurize(ClusterArticle article)
    {
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        TextTerms.AddTerms(article.Text, 1, wordCounts);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            TextTerms.AddTerms(article.Title, settings.TitleRepeat, wordCounts);
        }

        var entityCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in article.EntityKeys)
        {
            entityCounts[key] = entityCounts.GetValueOrDefault(key) + 1;
        }

        int? day = article.Published is { } p ? DateOnly.FromDateTime(p.Date).DayNumber : null;
        return new ArticleFeatures(article.Id, SparseTerms.From(wordCounts, words), SparseTerms.From(entityCounts, entities, settings.EntityCountPower), day);
    }

    private int NewStory()
    {
        var story = new StoryState(stories.Count);
        stories.Add(story);
        return story.Number;
    }

    private void Join(int index, int story)
    {
        var state = stories[story];
        var features = articles[index];
        state.Add(features, index);
        storyOfArticle[index] = story;
        foreach (int id in TopTerms(features.Words, words, settings.CandidateTerms))
        {
            Post(state, id);
        }

        foreach (int id in features.Entities.Ids)
        {
            Post(state, EntitySpaceFlag + id);
        }
    }

    private void Post(StoryState story, long key)
    {
        if (!story.Posted.Add(key))
        {
            return;
        }

        if (!postings.TryGetValue(key, out var list))
        {
            list = [];
            postings[key] = list;
        }

        list.Add(story.Number);
    }

    private (int Story, double Score) BestStory(ArticleFeatures features, int exclude) =>
        RankStories(features, exclude) is var r ? (r.Best, r.BestScore) : default;

    private (int Best, double BestScore, int Second, double SecondScore) RankStories(ArticleFeatures features, int exclude)
    {
        var hits = new Dictionary<int, int>();
        foreach (int id in TopTerms(features.Words, words, settings.CandidateTerms))
        {
            Collect(id, hits);
        }

        foreach (int id in TopTerms(features.Entities, entities, settings.CandidateEntityKeys))
        {
            Collect(EntitySpaceFlag + id, hits);
        }

        var candidates = hits.Count <= settings.MaxScoredCandidates
            ? hits.Keys.Order().ToArray()
            : hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(settings.MaxScoredCandidates).Select(h => h.Key).Order().ToArray();
        int best = -1, second = -1;
        double bestScore = double.NegativeInfinity, secondScore = double.NegativeInfinity;
        double wordNorm = Norm(features.Words, words);
        double entityNorm = Norm(features.Entities, entities);
        foreach (int candidate in candidates)
        {
            var story = stories[candidate];
            if (candidate == exclude || story.IsEmpty)
            {
                continue;
            }

            Refresh(story);
            double score = settings.TextWeight * Cosine(features.Words, wordNorm, story.Words, story.WordNorm, words)
                + settings.EntityWeight * Cosine(features.Entities, entityNorm, story.Entities, story.EntityNorm, entities)
                + TimeTerm(features.Day, features.Day, story.FirstDay, story.LastDay);
            if (settings.MemberLinkWeight > 0)
            {
                score = ((1 - settings.MemberLinkWeight) * score)
                    + (settings.MemberLinkWeight * AverageLink(features, wordNorm, entityNorm, story));
            }
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                best = candidate;
                bestScore = score;
            }
            else if (score > secondScore)
            {
                second = candidate;
                secondScore = score;
            }
        }

        return (best, bestScore, second, secondScore);
    }

    private void Collect(long key, Dictionary<int, int> hits)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            return;
        }

        int from = Math.Max(0, list.Count - settings.MaxPostingScan);
        for (int i = from; i < list.Count; i++)
        {
            hits[list[i]] = hits.GetValueOrDefault(list[i]) + 1;
        }
    }

    private int MergeStories()
    {
        var pairs = new List<(double Score, int A, int B)>();
        foreach (var story in stories)
        {
            if (story.IsEmpty)
            {
                continue;
            }

            Refresh(story);
            var candidates = new Dictionary<int, int>();
            foreach (long key in story.Posted)
            {
                Collect(key, candidates);
            }

            foreach (int other in candidates.Keys)
            {
                var o = stories[other];
                if (other <= story.Number || o.IsEmpty)
                {
                    continue;
                }

                Refresh(o);
                double score = StoryScore(story, o);
                if (score >= settings.MergeThreshold)
                {
                    pairs.Add((score, story.Number, other));
                }
            }
        }

        pairs.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var touched = new HashSet<int>();
        int merged = 0;
        foreach (var (_, a, b) in pairs)
        {
            if (touched.Contains(a) || touched.Contains(b))
            {
                continue;
            }

            touched.Add(a);
            touched.Add(b);
            Merge(stories[a], stories[b]);
            merged++;
        }

        return merged;
    }

    /// <summary>Moves the smaller story's members into the larger one (the older on a tie).</summary>
    private void Merge(StoryState a, StoryState b)
    {
        var (keep, gone) = a.Members.Count > b.Members.Count || (a.Members.Count == b.Members.Count && a.Number < b.Number) ? (a, b) : (b, a);
        foreach (int m in gone.Members)
        {
            storyOfArticle[m] = keep.Number;
        }

        keep.Absorb(gone, articles);
        foreach (long key in gone.Posted)
        {
            Post(keep, key);
        }
    }

    private double StoryScore(StoryState a, StoryState b)
    {
        double centroids = settings.MergeLinkWeight >= 1 ? 0 : settings.TextWeight * Cosine(a.Words, a.WordNorm, b.Words, b.WordNorm, words)
            + settings.EntityWeight * Cosine(a.Entities, a.EntityNorm, b.Entities, b.EntityNorm, entities)
            + TimeTerm(a.FirstDay, a.LastDay, b.FirstDay, b.LastDay);
        if (settings.MergeLinkWeight <= 0)
        {
            return centroids;
        }

        double sum = 0;
        int pairs = 0;
        foreach (int m in RecentMembers(a))
        {
            var (wordNorm, entityNorm) = ArticleNorms(m);
            sum += AverageLink(articles[m], wordNorm, entityNorm, b);
            pairs++;
        }

        double link = pairs == 0 ? 0 : sum / pairs;
        return ((1 - settings.MergeLinkWeight) * centroids) + (settings.MergeLinkWeight * link);
    }

    /// <summary>Mean article-to-article score of <paramref name="features"/> against the story's most
    /// recent members.</summary>
    private double AverageLink(ArticleFeatures features, double wordNorm, double entityNorm, StoryState story)
    {
        double sum = 0;
        int count = 0;
        foreach (int m in RecentMembers(story))
        {
            var other = articles[m];
            if (ReferenceEquals(other, features))
            {
                continue;
            }

            var (otherWords, otherEntities) = ArticleNorms(m);
            sum += (settings.TextWeight * Cosine(features.Words, wordNorm, other.Words, otherWords, words))
                + (settings.EntityWeight * Cosine(features.Entities, entityNorm, other.Entities, otherEntities, entities))
                + TimeTerm(features.Day, features.Day, other.Day, other.Day);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }

    private IEnumerable<int> RecentMembers(StoryState story)
    {
        var members = story.Members;
        for (int i = Math.Max(0, members.Count - settings.MemberLinkSample); i < members.Count; i++)
        {
            yield return members[i];
        }
    }

    private (double Words, double Entities) ArticleNorms(int index)
    {
        var cached = articleNorms[index];
        int n = articles.Count;
        if (cached.At >= 0 && n <= cached.At * (1 + settings.RefreshGrowth))
        {
            return (cached.Words, cached.Entities);
        }

        var features = articles[index];
        cached = (Norm(features.Words, words), Norm(features.Entities, entities), n);
        articleNorms[index] = cached;
        return (cached.Words, cached.Entities);
    }

    /// <summary>Cosine of two articles' vectors (ids sorted ascending in both).</summary>
    private double Cosine(SparseTerms a, double normA, SparseTerms b, double normB, TermSpace space)
    {
        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y)
            {
                double idf = space.Idf(x, articles.Count);
                dot += a.Weights[i] * b.Weights[j] * idf * idf;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return Math.Min(1, dot / (normA * normB));
    }

    private double TimeTerm(int? firstA, int? lastA, int? firstB, int? lastB)
    {
        if (firstA is not int fa || lastA is not int la || firstB is not int fb || lastB is not int lb)
        {
            return 0;
        }

        int gap = Math.Max(0, Math.Max(fa - lb, fb - la));
        return gap <= settings.NearDays ? settings.TimeBonus
            : gap > settings.FarDays ? -settings.TimePenalty
            : 0;
    }

    private void Refresh(StoryState story)
    {
        int n = articles.Count;
        if (story.NormsAt >= 0 && n <= story.NormsAt * (1 + settings.RefreshGrowth))
        {
            return;
        }

        story.WordNorm = Norm(story.Words, words);
        story.EntityNorm = Norm(story.Entities, entities);
        story.NormsAt = n;
    }

    private double Norm(SparseTerms terms, TermSpace space)
    {
        double sum = 0;
        for (int i = 0; i < terms.Ids.Length; i++)
        {
            double w = terms.Weights[i] * space.Idf(terms.Ids[i], articles.Count);
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    private double Norm(Dictionary<int, float> sums, TermSpace space)
    {
        double sum = 0;
        foreach (var (id, value) in sums)
        {
            double w = value * space.Idf(id, articles.Count);
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    private double Cosine(SparseTerms terms, double norm, Dictionary<int, float> sums, double sumsNorm, TermSpace space)
    {
        if (norm == 0 || sumsNorm == 0)
        {
            return 0;
        }

        double dot = 0;
        for (int i = 0; i < terms.Ids.Length; i++)
        {
            if (sums.TryGetValue(terms.Ids[i], out float s))
            {
                double idf = space.Idf(terms.Ids[i], articles.Count);
                dot += terms.Weights[i] * s * idf * idf;
            }
        }

        return Math.Min(1, dot / (norm * sumsNorm));
    }

    private double Cosine(Dictionary<int, float> a, double normA, Dictionary<int, float> b, double normB, TermSpace space)
    {
        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0;
        foreach (var (id, value) in a)
        {
            if (b.TryGetValue(id, out float other))
            {
                double idf = space.Idf(id, articles.Count);
                dot += value * other * idf * idf;
            }
        }

        return Math.Min(1, dot / (normA * normB));
    }

    private IEnumerable<int> TopTerms(SparseTerms terms, TermSpace space, int count)
    {
        if (terms.Ids.Length <= count)
        {
            return terms.Ids;
        }

        var scored = new (double Weight, int Id)[terms.Ids.Length];
        for (int i = 0; i < scored.Length; i++)
        {
            scored[i] = (terms.Weights[i] * space.Idf(terms.Ids[i], articles.Count), terms.Ids[i]);
        }

        Array.Sort(scored, (x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.Id.CompareTo(y.Id));
        return scored.Take(count).Select(s => s.Id);
    }

    private static string StoryId(int number) => "story-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
