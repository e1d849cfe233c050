namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// Incremental story clustering. Each <see cref="Add"/> scores the article against candidate stories
/// (those sharing its most specific words or any entity key) by TF-IDF cosine of words and of entity
/// keys to the story centroid plus a time-proximity term, joins the best story when the score
/// reaches the threshold and opens a new story otherwise. <see cref="Recluster"/> is a refinement a
/// user can run at any time: it re-scores every article against the other stories in id order and
/// merges stories whose members agree, which removes most of the dependence on arrival order;
/// <see cref="Recluster(IReadOnlyCollection{string})"/> does the same for the window of stories
/// active around new articles (what ingest runs). Re-clustering keeps a story's id where most of
/// its members stay together. <see cref="Restore"/> rebuilds the clusterer from stored memberships.
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
    private readonly Dictionary<string, int> numberOfId = new(StringComparer.Ordinal);

    /// <summary>Counts changes to stories and posting lists (<see cref="StoryState.ChangedAt"/>,
    /// <see cref="postedAt"/>), so a move pass can tell which articles nothing has changed around.</summary>
    private long changeEpoch;

    /// <summary>Counts the times every cached IDF was dropped (each re-clustering), so top terms
    /// cached at the same collection size are not reused across it.</summary>
    private int idfGeneration;

    /// <summary>The strongest terms of each article's terms (<see cref="TopTerms"/>), stamped with the
    /// collection size, IDF generation and count they were computed for. Keyed by reference: this
    /// clusterer made every <see cref="SparseTerms"/> it holds, so no other clusterer's stamps mix in.</summary>
    private readonly Dictionary<SparseTerms, ((int Documents, int Generation, int Count) Stamp, int[] Ids)> topTerms = new(ReferenceEqualityComparer.Instance);

    /// <summary>When a story was last added to each posting list.</summary>
    private readonly Dictionary<long, long> postedAt = [];

    /// <summary>Next number for a fresh "story-N" id: past every id seen, so an id is never reused.</summary>
    private long nextIdNumber;

    /// <summary>Stories numbered below this are not candidates (while a window is re-clustered only
    /// the window's new stories are).</summary>
    private int candidateFloor;

    /// <summary>While re-clustering, new stories get their ids only at the end (<see cref="AssignIds"/>).</summary>
    private bool deferIds;

    public StoryClusterer(StoryClusterSettings? settings = null)
    {
        this.settings = settings ?? StoryClusterSettings.Default;
    }

    public int ArticleCount => articles.Count;

    /// <summary>Adds an article and returns the id of the story it joined or opened. An id added before
    /// returns its current story.</summary>
    public string Add(ClusterArticle article) => Add(article, null);

    /// <summary>As <see cref="Add(ClusterArticle)"/>, with the article's terms counted beforehand
    /// (<see cref="Count"/>, with the same settings), possibly on another thread.</summary>
    public string Add(ClusterArticle article, ArticleTermCounts? counts)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (indexOfId.TryGetValue(article.Id, out int known))
        {
            return StoryId(storyOfArticle[known]);
        }

        int index = Remember(article, counts);
        JoinBest(index);
        return StoryId(storyOfArticle[index]);
    }

    /// <summary>Adds an article to the story it is stored under, without scoring: a restarted
    /// process rebuilds the clusterer from the store this way, so it agrees with the store whatever
    /// re-clustering did. An id added before returns its current story.</summary>
    public string Restore(ClusterArticle article, string storyId)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(storyId);
        if (indexOfId.TryGetValue(article.Id, out int known))
        {
            return StoryId(storyOfArticle[known]);
        }

        int index = Remember(article);
        if (!numberOfId.TryGetValue(storyId, out int number))
        {
            number = NewStory(named: false);
            Name(stories[number], storyId);
        }

        Join(index, number);
        return storyId;
    }

    private int Remember(ClusterArticle article, ArticleTermCounts? counts = null)
    {
        var features = Featurize(article, counts ?? Count(article, settings));
        words.CountDocument(features.Words.Ids);
        entities.CountDocument(features.Entities.Ids);
        int index = articles.Count;
        articles.Add(features);
        indexOfId[article.Id] = index;
        storyOfArticle.Add(-1);
        articleNorms.Add((0, 0, -1));
        return index;
    }

    /// <summary>True when a story of this id was restored or made here (it may be empty since).</summary>
    internal bool Holds(string storyId) => numberOfId.ContainsKey(storyId);

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
    /// whose members agree (<see cref="StoryClusterSettings.MergeThreshold"/>), and last splits each
    /// story whose articles fall into two events of one topic (<see cref="TopicLocalEvents"/>). A story keeps the id of
    /// the earlier story it shares most members with. Returns the number of articles whose story id changed.
    /// </summary>
    public int Recluster() => ReclusterStories(stories.Where(s => !s.IsEmpty).ToList()).Count;

    /// <summary>
    /// Re-clusters the neighbourhood of <paramref name="newArticleIds"/> (as <see cref="Recluster()"/>
    /// does the whole collection): the stories holding them and every story they find as a candidate
    /// (sharing their strongest words or entity keys, active within
    /// <see cref="StoryClusterSettings.ActivityDays"/>) that scores at least
    /// <see cref="StoryClusterSettings.ReclusterNeighbourScore"/> against one of them, members and all. Those are the stories the new
    /// articles can join, split or bridge; the rest are left alone and are not candidates, so the work
    /// grows with the new articles, not with the corpus. Returns the moves (article, old story id, new
    /// story id) the store must write; unknown ids are ignored. Stories over
    /// <see cref="StoryClusterSettings.MaxReclusterStoryMembers"/> stay out of the window, so the work
    /// per new article is bounded whatever the corpus and its stories grow to.
    /// </summary>
    public IReadOnlyList<StoryMove> Recluster(IReadOnlyCollection<string> newArticleIds)
    {
        ArgumentNullException.ThrowIfNull(newArticleIds);
        var window = new SortedSet<int>();
        var scored = new List<(int Story, double Score)>();
        foreach (string id in newArticleIds)
        {
            if (!indexOfId.TryGetValue(id, out int index))
            {
                continue;
            }

            int own = storyOfArticle[index];
            if (Settled(own))
            {
                continue; // it stays where adding put it (see MaxReclusterStoryMembers)
            }

            window.Add(own);
            scored.Clear();
            RankStories(articles[index], exclude: -1, scored);
            foreach (var (candidate, score) in scored)
            {
                if (score >= settings.ReclusterNeighbourScore && !Settled(candidate))
                {
                    window.Add(candidate);
                }
            }
        }

        return window.Count == 0 ? [] : ReclusterStories([.. window.Select(n => stories[n])]);
    }

    /// <summary>True for a story too large to re-cluster around a few new articles
    /// (<see cref="StoryClusterSettings.MaxReclusterStoryMembers"/>).</summary>
    private bool Settled(int story) => stories[story].Members.Count > settings.MaxReclusterStoryMembers;

    private List<StoryMove> ReclusterStories(List<StoryState> window)
    {
        var members = window.SelectMany(s => s.Members).ToArray();
        var oldIds = new Dictionary<int, string>(members.Length);
        foreach (int m in members)
        {
            oldIds[m] = StoryId(storyOfArticle[m]);
        }

        Retire(window);
        int floor = stories.Count;
        candidateFloor = floor;
        deferIds = true;
        try
        {
            words.ForgetCachedIdf();
            entities.ForgetCachedIdf();
            idfGeneration++;
            foreach (int m in members)
            {
                articleNorms[m] = (0, 0, -1);
            }

            var canonical = members
                .OrderBy(i => Text.StableHash.Of(articles[i].Id))
                .ThenBy(i => articles[i].Id, StringComparer.Ordinal)
                .ToArray();
            foreach (int index in canonical)
            {
                JoinBest(index);
            }

            var order = members.OrderBy(i => articles[i].Id, StringComparer.Ordinal).ToArray();
            var lastScored = new Dictionary<int, ScoredAt>(order.Length);
            for (int pass = 0; pass < settings.ReclusterPasses; pass++)
            {
                int changed = 0;
                foreach (int index in order)
                {
                    if (lastScored.TryGetValue(index, out var last) && Unchanged(last, storyOfArticle[index]))
                    {
                        continue; // nothing it was scored against has changed: it would choose the same story
                    }

                    var features = articles[index];
                    int current = storyOfArticle[index];
                    stories[current].Remove(features, index, articles);
                    var (best, score, _, _) = RankStories(features, exclude: -1, out int[] candidates);
                    int target = best >= 0 && score >= settings.JoinThreshold ? best
                        : stories[current].IsEmpty ? current : NewStory();
                    Join(index, target);
                    if (target != current)
                    {
                        // leaving and rejoining the same story is no change (up to rounding of its sums)
                        Touch(stories[current]);
                        Touch(stories[target]);
                        changed++;
                    }

                    lastScored[index] = new ScoredAt(changeEpoch, candidates, CandidateKeys(features));
                }

                changed += MergeStories();
                if (changed == 0)
                {
                    break;
                }
            }

            if (settings.EventSplitRatio > 0)
            {
                RefineEvents();
            }
        }
        finally
        {
            candidateFloor = 0;
            deferIds = false;
        }

        AssignIds(floor, oldIds);
        var moves = new List<StoryMove>();
        foreach (int m in members.Order())
        {
            string now = StoryId(storyOfArticle[m]);
            if (now != oldIds[m])
            {
                moves.Add(new StoryMove(articles[m].Id, oldIds[m], now));
            }
        }

        return moves;
    }

    /// <summary>When an article was last scored in a move pass (<see cref="changeEpoch"/> after it
    /// joined), the stories it was scored against and the posting keys it found them by.</summary>
    private sealed record ScoredAt(long Epoch, int[] Candidates, long[] Keys);

    /// <summary>True when the article's story, the stories it was scored against, and the posting
    /// lists of its candidate keys are all as they were when it was last scored. Scoring is
    /// deterministic and IDF is fixed during a re-clustering, so it would choose the same story:
    /// a later move pass re-scores only the articles near a change.</summary>
    private bool Unchanged(ScoredAt last, int story)
    {
        if (stories[story].ChangedAt > last.Epoch)
        {
            return false;
        }

        foreach (int candidate in last.Candidates)
        {
            if (stories[candidate].ChangedAt > last.Epoch)
            {
                return false;
            }
        }

        foreach (long key in last.Keys)
        {
            if (postedAt.TryGetValue(key, out long at) && at > last.Epoch)
            {
                return false;
            }
        }

        return true;
    }

    private long[] CandidateKeys(ArticleFeatures features) =>
        [.. TopTerms(features.Words, words, settings.CandidateTerms).Select(id => (long)id),
            .. TopTerms(features.Entities, entities, settings.CandidateEntityKeys).Select(id => EntitySpaceFlag + id)];

    private void Touch(StoryState story) => story.ChangedAt = ++changeEpoch;

    /// <summary>Empties the window's stories and takes them out of the posting lists.</summary>
    private void Retire(List<StoryState> window)
    {
        var retired = window.Select(s => s.Number).ToHashSet();
        var keys = new HashSet<long>();
        foreach (var story in window)
        {
            keys.UnionWith(story.Posted);
            if (story.Id is { } id)
            {
                numberOfId.Remove(id);
            }

            story.Retire();
        }

        foreach (long key in keys)
        {
            if (postings.TryGetValue(key, out var list) && list.RemoveAll(retired.Contains) > 0 && list.Count == 0)
            {
                postings.Remove(key);
            }
        }
    }

    /// <summary>Gives each new story (numbered from <paramref name="floor"/>) the earlier id it
    /// shares most members with (largest overlaps first, each id once), so a story whose membership
    /// is mostly unchanged keeps the id users link to; the rest get fresh ids.</summary>
    private void AssignIds(int floor, Dictionary<int, string> oldIds)
    {
        var overlap = new Dictionary<(int Story, string Id), int>();
        foreach (var (m, id) in oldIds)
        {
            var key = (storyOfArticle[m], id);
            overlap[key] = overlap.GetValueOrDefault(key) + 1;
        }

        var takenStories = new HashSet<int>();
        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((story, id), _) in overlap
            .OrderByDescending(o => o.Value).ThenBy(o => o.Key.Story).ThenBy(o => o.Key.Id, StringComparer.Ordinal))
        {
            if (takenStories.Contains(story) || takenIds.Contains(id))
            {
                continue;
            }

            takenStories.Add(story);
            takenIds.Add(id);
            Name(stories[story], id);
        }

        for (int n = floor; n < stories.Count; n++)
        {
            if (!stories[n].IsEmpty && stories[n].Id is null)
            {
                Name(stories[n], FreshId());
            }
        }
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

    /// <summary>Counts an article's words and entity keys. Pure and thread-safe: ingest calls it on
    /// its analysis workers and hands the counts to <see cref="Add(ClusterArticle, ArticleTermCounts)"/>.</summary>
    public static ArticleTermCounts Count(ClusterArticle article, StoryClusterSettings? settings = null) =>
        Count(article, settings, textTokens: null);

    /// <summary>As <see cref="Count(ClusterArticle, StoryClusterSettings?)"/>, with the article's text
    /// tokenised already (ingest shares one tokenisation with the entity keys).</summary>
    internal static ArticleTermCounts Count(ClusterArticle article, StoryClusterSettings? settings, List<Text.WordToken>? textTokens)
    {
        ArgumentNullException.ThrowIfNull(article);
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        TextTerms.AddTerms(textTokens ?? Text.WordTokenizer.Tokenize(article.Text), 1, wordCounts);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            TextTerms.AddTerms(article.Title, (settings ?? StoryClusterSettings.Default).TitleRepeat, wordCounts);
        }

        var entityCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in article.EntityKeys)
        {
            entityCounts[key] = entityCounts.GetValueOrDefault(key) + 1;
        }

        return new ArticleTermCounts(wordCounts, entityCounts);
    }

    private ArticleFeatures Featurize(ClusterArticle article, ArticleTermCounts counts)
    {
        int? day = article.Published is { } p ? DateOnly.FromDateTime(p.Date).DayNumber : null;
        return new ArticleFeatures(article.Id, SparseTerms.From(counts.Words, words), SparseTerms.From(counts.Entities, entities, settings.EntityCountPower), day);
    }

    private int NewStory(bool named = true)
    {
        var story = new StoryState(stories.Count);
        stories.Add(story);
        if (named && !deferIds)
        {
            Name(story, FreshId());
        }

        return story.Number;
    }

    private void Name(StoryState story, string id)
    {
        story.Id = id;
        numberOfId[id] = story.Number;
        if (id.StartsWith(StoryIdPrefix, StringComparison.Ordinal)
            && long.TryParse(id.AsSpan(StoryIdPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n)
            && n >= nextIdNumber && n < long.MaxValue)
        {
            nextIdNumber = n + 1;
        }
    }

    private string FreshId()
    {
        string id;
        do
        {
            id = StoryIdPrefix + nextIdNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            nextIdNumber++;
        }
        while (numberOfId.ContainsKey(id));
        return id;
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
        postedAt[key] = ++changeEpoch;
    }

    private (int Best, double BestScore, int Second, double SecondScore) RankStories(ArticleFeatures features, int exclude, List<(int Story, double Score)>? scored = null) =>
        RankStories(features, exclude, out _, scored);

    private (int Best, double BestScore, int Second, double SecondScore) RankStories(ArticleFeatures features, int exclude, out int[] candidates, List<(int Story, double Score)>? scored = null)
    {
        candidates = CandidateStories(features);
        int best = -1, second = -1;
        double bestScore = double.NegativeInfinity, secondScore = double.NegativeInfinity;
        double wordNorm = Norm(features.Words, words);
        double entityNorm = Norm(features.Entities, entities);
        foreach (int candidate in candidates)
        {
            var story = stories[candidate];
            if (candidate == exclude || story.IsEmpty || candidate < candidateFloor || !Active(features.Day, story))
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

            scored?.Add((candidate, score));
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

    /// <summary>The stories sharing most of the article's strongest words and entity keys (at most
    /// <see cref="StoryClusterSettings.MaxScoredCandidates"/>), in story order.</summary>
    private int[] CandidateStories(ArticleFeatures features)
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

        return hits.Count <= settings.MaxScoredCandidates
            ? [.. hits.Keys.Order()]
            : [.. hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(settings.MaxScoredCandidates).Select(h => h.Key).Order()];
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
            if (list[i] >= candidateFloor)
            {
                hits[list[i]] = hits.GetValueOrDefault(list[i]) + 1;
            }
        }
    }

    private int MergeStories()
    {
        var pairs = new List<(double Score, int A, int B)>();
        foreach (var story in stories.Skip(candidateFloor))
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
                if (other <= story.Number || o.IsEmpty || other < candidateFloor)
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

    /// <summary>The event-level stage (<see cref="TopicLocalEvents"/>): groups the window's stories
    /// into topics (stories linking at <see cref="StoryClusterSettings.TopicLinkThreshold"/> or more,
    /// transitively) and splits each story whose articles fall into two events under topic-local
    /// term weights. Runs once, after the move and merge passes, so a split is not merged back.</summary>
    private void RefineEvents()
    {
        var live = stories.Skip(candidateFloor).Where(s => !s.IsEmpty).ToList();
        var root = live.ToDictionary(s => s.Number, s => s.Number);
        int Find(int x)
        {
            while (root[x] != x)
            {
                root[x] = root[root[x]];
                x = root[x];
            }

            return x;
        }

        foreach (var story in live)
        {
            Refresh(story);
            var candidates = new Dictionary<int, int>();
            foreach (long key in story.Posted)
            {
                Collect(key, candidates);
            }

            foreach (int other in candidates.Keys.Order())
            {
                var o = stories[other];
                if (other <= story.Number || o.IsEmpty || other < candidateFloor || Find(other) == Find(story.Number))
                {
                    continue;
                }

                Refresh(o);
                if (StoryScore(story, o) >= settings.TopicLinkThreshold)
                {
                    root[Find(other)] = Find(story.Number);
                }
            }
        }

        foreach (var group in live.GroupBy(s => Find(s.Number)).OrderBy(g => g.Key))
        {
            var groupStories = group.ToList();
            var members = groupStories.SelectMany(s => s.Members).Order().ToArray();
            if (members.Length < 2 || members.Length > settings.MaxTopicGroupArticles)
            {
                continue;
            }

            var input = members.Select(m => new TopicLocalEvents.Member(
                articles[m].Words.Ids, Weighted(articles[m].Words, words),
                articles[m].Entities.Ids, Boosted(articles[m].Entities, Weighted(articles[m].Entities, entities)), articles[m].Day)).ToArray();
            int[] labels = TopicLocalEvents.Cluster(input, [.. members.Select(m => storyOfArticle[m])], settings, (a, b) => TimeTerm(a, a, b, b));
            if (SamePartition(members, labels))
            {
                continue;
            }

            Retire(groupStories);
            var target = new int[labels.Max() + 1];
            for (int k = 0; k < target.Length; k++)
            {
                target[k] = NewStory();
            }

            for (int i = 0; i < members.Length; i++)
            {
                Join(members[i], target[labels[i]]);
            }

            foreach (int t in target)
            {
                Touch(stories[t]);
            }
        }
    }

    /// <summary>Figure keys weighed up by <see cref="StoryClusterSettings.TopicLocalFigureBoost"/>.</summary>
    private double[] Boosted(SparseTerms terms, double[] weights)
    {
        if (settings.TopicLocalFigureBoost != 1)
        {
            for (int i = 0; i < weights.Length; i++)
            {
                if (entities.IsFigure(terms.Ids[i]))
                {
                    weights[i] *= settings.TopicLocalFigureBoost;
                }
            }
        }

        return weights;
    }

    private double[] Weighted(SparseTerms terms, TermSpace space)
    {
        var weights = new double[terms.Ids.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = terms.Weights[i] * space.Idf(terms.Ids[i], articles.Count);
        }

        return weights;
    }

    /// <summary>True when <paramref name="labels"/> groups <paramref name="members"/> exactly as
    /// their current stories do.</summary>
    private bool SamePartition(int[] members, int[] labels)
    {
        var storyOfLabel = new Dictionary<int, int>();
        var labelOfStory = new Dictionary<int, int>();
        for (int i = 0; i < members.Length; i++)
        {
            int story = storyOfArticle[members[i]];
            if (storyOfLabel.TryGetValue(labels[i], out int s) ? s != story : labelOfStory.ContainsKey(story))
            {
                return false;
            }

            storyOfLabel[labels[i]] = story;
            labelOfStory[story] = labels[i];
        }

        return true;
    }

    /// <summary>Moves the smaller story's members into the larger one (the older on a tie).</summary>
    private void Merge(StoryState a, StoryState b)
    {
        var (keep, gone) = a.Members.Count > b.Members.Count || (a.Members.Count == b.Members.Count && a.Number < b.Number) ? (a, b) : (b, a);
        if (gone.Id is { } goneId)
        {
            numberOfId.Remove(goneId);
            gone.Id = null;
        }

        foreach (int m in gone.Members)
        {
            storyOfArticle[m] = keep.Number;
        }

        keep.Absorb(gone, articles);
        Touch(keep);
        Touch(gone);
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

        double link = AverageLink(LinkOf(a), LinkOf(b));
        return ((1 - settings.MergeLinkWeight) * centroids) + (settings.MergeLinkWeight * link);
    }

    /// <summary>Mean article-to-article score over every pair of the two stories' recent members:
    /// the dot products of their summed unit vectors (<see cref="MemberLinkVectors"/>) divided by
    /// both member counts, plus the mean time term over the pairs.</summary>
    private double AverageLink(MemberLinkVectors a, MemberLinkVectors b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        double pairs = (double)a.Count * b.Count;
        double time = 0;
        if (settings.TimeBonus != 0 || settings.TimePenalty != 0)
        {
            foreach (int? x in a.Days)
            {
                foreach (int? y in b.Days)
                {
                    time += TimeTerm(x, x, y, y);
                }
            }
        }

        return ((settings.TextWeight * MemberLinkVectors.Dot(a.WordIds, a.WordSums, b.WordIds, b.WordSums))
            + (settings.EntityWeight * MemberLinkVectors.Dot(a.EntityIds, a.EntitySums, b.EntityIds, b.EntitySums))
            + time) / pairs;
    }

    /// <summary>The story's recent members as summed unit vectors, recomputed when its members or
    /// the collection changed.</summary>
    private MemberLinkVectors LinkOf(StoryState story)
    {
        int n = articles.Count;
        if (story.Link is { } cached && cached.At == n)
        {
            return cached;
        }

        var wordSums = new Dictionary<int, double>();
        var entitySums = new Dictionary<int, double>();
        var days = new List<int?>();
        foreach (int m in RecentMembers(story))
        {
            var (wordNorm, entityNorm) = ArticleNorms(m);
            AddUnit(articles[m].Words, wordNorm, words, wordSums);
            AddUnit(articles[m].Entities, entityNorm, entities, entitySums);
            days.Add(articles[m].Day);
        }

        var (wordIds, wordValues) = Sorted(wordSums);
        var (entityIds, entityValues) = Sorted(entitySums);
        var link = new MemberLinkVectors(wordIds, wordValues, entityIds, entityValues, [.. days], days.Count, n);
        story.Link = link;
        return link;
    }

    private void AddUnit(SparseTerms terms, double norm, TermSpace space, Dictionary<int, double> sums)
    {
        if (norm == 0)
        {
            return;
        }

        for (int i = 0; i < terms.Ids.Length; i++)
        {
            int id = terms.Ids[i];
            sums[id] = sums.GetValueOrDefault(id) + (terms.Weights[i] * space.Idf(id, articles.Count) / norm);
        }
    }

    private static (int[] Ids, double[] Values) Sorted(Dictionary<int, double> sums)
    {
        var ids = new int[sums.Count];
        var values = new double[sums.Count];
        int i = 0;
        foreach (var (id, value) in sums)
        {
            ids[i] = id;
            values[i] = value;
            i++;
        }

        Array.Sort(ids, values);
        return (ids, values);
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

    /// <summary>False when both are dated and the story's dates all lie more than
    /// <see cref="StoryClusterSettings.ActivityDays"/> from the article's day.</summary>
    private bool Active(int? day, StoryState story) =>
        day is not int d || story.FirstDay is not int first || story.LastDay is not int last
        || (d >= first - settings.ActivityDays && d <= last + settings.ActivityDays);

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

    /// <summary>The article's <paramref name="count"/> strongest terms by TF-IDF. Cached for the
    /// terms (<see cref="topTerms"/>) until the collection or the IDF generation changes: a re-clustering asks for the same
    /// article's top terms several times at one collection size (candidates, postings, change checks),
    /// and each answer sorts all of its terms.</summary>
    private int[] TopTerms(SparseTerms terms, TermSpace space, int count)
    {
        if (terms.Ids.Length <= count)
        {
            return terms.Ids;
        }

        var stamp = (articles.Count, idfGeneration, count);
        if (topTerms.TryGetValue(terms, out var cached) && cached.Stamp == stamp)
        {
            return cached.Ids;
        }

        var scored = new (double Weight, int Id)[terms.Ids.Length];
        for (int i = 0; i < scored.Length; i++)
        {
            scored[i] = (terms.Weights[i] * space.Idf(terms.Ids[i], articles.Count), terms.Ids[i]);
        }

        Array.Sort(scored, (x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.Id.CompareTo(y.Id));
        int[] top = [.. scored.Take(count).Select(s => s.Id)];
        topTerms[terms] = (stamp, top);
        return top;
    }

    private string StoryId(int number) => stories[number].Id ?? throw new InvalidOperationException("story has no id yet");

    private const string StoryIdPrefix = "story-";
}
