namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// The event-level stage of re-clustering: within one topic group (stories that link to each other
/// at the topic level: the same kind of event, the same names), re-weighs every term by how
/// specific it is <em>inside the group</em> and splits each of its stories whose articles fall
/// into two camps under those weights.
/// Two sibling events of one kind share the event words ("earthquake", "magnitude") and often the
/// main actor ("Teixeira", "Qeshm"); collection-wide IDF counts those as rare (few articles outside
/// the topic use them), so they dominate every cosine between the siblings. Inside the group they
/// are in nearly every article and weigh little; what is left is what tells the events apart (the
/// other club, the day, the magnitude, the victim's name).
/// </summary>
internal static class TopicLocalEvents
{
    /// <summary>One article of a group: its terms weighted by tf × collection IDF, and its day.</summary>
    public sealed record Member(int[] WordIds, double[] Words, int[] EntityIds, double[] Entities, int? Day);

    /// <summary>Splits each story of the group (<paramref name="stories"/>: each member's story)
    /// whose articles fall into two events under topic-local weights; returns each member's new
    /// cluster number (0..k-1).</summary>
    public static int[] Cluster(IReadOnlyList<Member> members, int[] stories, StoryClusterSettings settings, Func<int?, int?, double> time) =>
        Split(PairScores(members, settings, time), stories, settings);

    /// <summary>Each story of the group whose articles fall into two camps under topic-local weights
    /// (average-link agglomeration down to two clusters, each of at least
    /// <see cref="StoryClusterSettings.EventSplitMinArticles"/> articles) is split when the link
    /// between the camps is under <see cref="StoryClusterSettings.EventSplitRatio"/> of the camps' own
    /// mean cohesion. A ratio, not an absolute bar: the scale of topic-local scores moves with the
    /// size and make-up of the group. Off by default and measured (docs/clustering.md, clustering5):
    /// setting small clusters aside before the cut (<see cref="StoryClusterSettings.EventSplitMaxOutlierClusters"/>)
    /// and moving articles between the camps before judging (<see cref="StoryClusterSettings.EventSplitRefinePasses"/>).</summary>
    private static int[] Split(double[,] scores, int[] stories, StoryClusterSettings settings)
    {
        int n = stories.Length;
        var labels = new int[n];
        int next = 0;
        foreach (var story in Enumerable.Range(0, n).GroupBy(i => stories[i]).OrderBy(g => g.Key))
        {
            int[] idx = [.. story];
            int[]? camps = null;
            if (idx.Length >= 2 * settings.EventSplitMinArticles)
            {
                var sub = new double[idx.Length, idx.Length];
                for (int a = 0; a < idx.Length; a++)
                {
                    for (int b = 0; b < idx.Length; b++)
                    {
                        sub[a, b] = scores[idx[a], idx[b]];
                    }
                }

                int[] two = settings.EventSplitMaxOutlierClusters > 0
                    ? TwoLargeCamps(sub, idx.Length, settings.EventSplitMinArticles, settings.EventSplitMaxOutlierClusters)
                    : AgglomerateToTwo((double[,])sub.Clone(), idx.Length);
                Refine(sub, two, settings.EventSplitRefinePasses);
                int sizeA = two.Count(x => x == 0), sizeB = two.Length - sizeA;
                if (sizeA >= settings.EventSplitMinArticles && sizeB >= settings.EventSplitMinArticles)
                {
                    double within0 = 0, within1 = 0, between = 0;
                    for (int a = 0; a < idx.Length; a++)
                    {
                        for (int b = a + 1; b < idx.Length; b++)
                        {
                            if (two[a] != two[b])
                            {
                                between += sub[a, b];
                            }
                            else if (two[a] == 0)
                            {
                                within0 += sub[a, b];
                            }
                            else
                            {
                                within1 += sub[a, b];
                            }
                        }
                    }

                    double cohesion = ((within0 / (sizeA * (sizeA - 1) / 2.0)) + (within1 / (sizeB * (sizeB - 1) / 2.0))) / 2;
                    double link = between / ((double)sizeA * sizeB);
                    if (link < settings.EventSplitRatio * cohesion)
                    {
                        camps = two;
                    }
                }
            }

            int baseLabel = next;
            foreach (int i in idx)
            {
                labels[i] = baseLabel;
            }

            next++;
            if (camps is not null)
            {
                for (int a = 0; a < idx.Length; a++)
                {
                    if (camps[a] == 1)
                    {
                        labels[idx[a]] = next;
                    }
                }

                next++;
            }
        }

        return labels;
    }

    private static double[,] PairScores(IReadOnlyList<Member> members, StoryClusterSettings settings, Func<int?, int?, double> time)
    {
        int n = members.Count;
        var words = Reweigh(members, m => (m.WordIds, m.Words), settings.TopicLocalIdfPower);
        var entities = Reweigh(members, m => (m.EntityIds, m.Entities), settings.TopicLocalIdfPower);
        var sums = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double s = (settings.TopicLocalTextWeight * MemberLinkVectors.Dot(words[i].Ids, words[i].Unit, words[j].Ids, words[j].Unit))
                    + ((1 - settings.TopicLocalTextWeight) * MemberLinkVectors.Dot(entities[i].Ids, entities[i].Unit, entities[j].Ids, entities[j].Unit))
                    + time(members[i].Day, members[j].Day);
                sums[i, j] = s;
                sums[j, i] = s;
            }
        }

        return sums;
    }

    /// <summary>Moves each article to the camp it links to best on average (itself left out), up to
    /// <paramref name="passes"/> times or until nothing moves. Agglomeration fixes an article's camp
    /// at the first merge it takes part in: an article of one event that first paired with an
    /// article of the other (a shared background detail) stays on the wrong side, and the camps'
    /// link then looks higher than the events'.</summary>
    private static void Refine(double[,] scores, int[] camps, int passes)
    {
        int n = camps.Length;
        for (int pass = 0; pass < passes; pass++)
        {
            var sum = new double[2, n];
            var size = new int[2];
            for (int a = 0; a < n; a++)
            {
                size[camps[a]]++;
                for (int b = 0; b < n; b++)
                {
                    if (a != b)
                    {
                        sum[camps[b], a] += scores[a, b];
                    }
                }
            }

            var next = new int[n];
            bool moved = false;
            for (int a = 0; a < n; a++)
            {
                int own = camps[a];
                double stay = size[own] > 1 ? sum[own, a] / (size[own] - 1) : double.NegativeInfinity;
                double leave = size[1 - own] > 0 ? sum[1 - own, a] / size[1 - own] : double.NegativeInfinity;
                next[a] = leave > stay ? 1 - own : own;
                moved |= next[a] != own;
            }

            if (!moved || next.All(c => c == next[0]))
            {
                return;
            }

            Array.Copy(next, camps, n);
        }
    }

    /// <summary>Average-link agglomeration over summed pairwise scores (<paramref name="sums"/> is
    /// consumed) down to two clusters.</summary>
    private static int[] AgglomerateToTwo(double[,] sums, int n) => AgglomerateTo(sums, n, 2);

    /// <summary>The top two-way cut of the average-link tree that has two large sides: agglomerates
    /// down to 2, 3, … clusters (at most 2 + <paramref name="maxOutliers"/>) until two clusters hold
    /// at least <paramref name="minSide"/> articles each, then gives every smaller cluster (an odd
    /// article, a sub-angle of a few) to the large camp it links to best on average. Down to exactly
    /// two, agglomeration keeps those outliers for last (they link weakly to everything), so the last
    /// merge splits off a handful of odd articles and hides the cut between two events below it.</summary>
    private static int[] TwoLargeCamps(double[,] scores, int n, int minSide, int maxOutliers)
    {
        for (int k = 2; k <= 2 + maxOutliers && k <= n; k++)
        {
            int[] labels = AgglomerateTo((double[,])scores.Clone(), n, k);
            var sizes = new int[k];
            foreach (int l in labels)
            {
                sizes[l]++;
            }

            int[] large = [.. Enumerable.Range(0, k).Where(c => sizes[c] >= minSide).OrderByDescending(c => sizes[c]).ThenBy(c => c)];
            if (large.Length < 2)
            {
                continue;
            }

            if (large.Length > 2)
            {
                return AgglomerateToTwo((double[,])scores.Clone(), n);
            }

            var camps = new int[n];
            for (int a = 0; a < n; a++)
            {
                camps[a] = labels[a] == large[0] ? 0 : labels[a] == large[1] ? 1 : -1;
            }

            for (int c = 0; c < k; c++)
            {
                if (c == large[0] || c == large[1])
                {
                    continue;
                }

                double to0 = 0, to1 = 0;
                for (int a = 0; a < n; a++)
                {
                    if (labels[a] != c)
                    {
                        continue;
                    }

                    for (int b = 0; b < n; b++)
                    {
                        if (labels[b] == large[0])
                        {
                            to0 += scores[a, b] / sizes[large[0]];
                        }
                        else if (labels[b] == large[1])
                        {
                            to1 += scores[a, b] / sizes[large[1]];
                        }
                    }
                }

                int side = to1 > to0 ? 1 : 0;
                for (int a = 0; a < n; a++)
                {
                    if (labels[a] == c)
                    {
                        camps[a] = side;
                    }
                }
            }

            return camps;
        }

        return AgglomerateToTwo((double[,])scores.Clone(), n);
    }

    private static int[] AgglomerateTo(double[,] sums, int n, int target)
    {
        int clusters = n;
        var size = new int[n];
        var alive = new bool[n];
        var parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            size[i] = 1;
            alive[i] = true;
            parent[i] = i;
        }

        while (clusters > target)
        {
            int bestA = -1, bestB = -1;
            double best = double.NegativeInfinity;
            for (int a = 0; a < n; a++)
            {
                if (!alive[a])
                {
                    continue;
                }

                for (int b = a + 1; b < n; b++)
                {
                    if (!alive[b])
                    {
                        continue;
                    }

                    double link = sums[a, b] / ((double)size[a] * size[b]);
                    if (bestA < 0 || link > best)
                    {
                        best = link;
                        bestA = a;
                        bestB = b;
                    }
                }
            }

            if (bestA < 0)
            {
                break;
            }

            for (int c = 0; c < n; c++)
            {
                if (alive[c] && c != bestA && c != bestB)
                {
                    sums[bestA, c] += sums[bestB, c];
                    sums[c, bestA] = sums[bestA, c];
                }
            }

            size[bestA] += size[bestB];
            alive[bestB] = false;
            clusters--;
            parent[bestB] = bestA;
        }

        var label = new int[n];
        var numberOf = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            int root = i;
            while (parent[root] != root)
            {
                root = parent[root];
            }

            if (!numberOf.TryGetValue(root, out int number))
            {
                number = numberOf.Count;
                numberOf[root] = number;
            }

            label[i] = number;
        }

        return label;
    }

    /// <summary>Multiplies each weight by the term's IDF within the group, raised to
    /// <paramref name="power"/>, and scales each vector to unit length.</summary>
    private static (int[] Ids, double[] Unit)[] Reweigh(IReadOnlyList<Member> members, Func<Member, (int[] Ids, double[] Weights)> select, double power)
    {
        var df = new Dictionary<int, int>();
        foreach (var m in members)
        {
            foreach (int id in select(m).Ids)
            {
                df[id] = df.GetValueOrDefault(id) + 1;
            }
        }

        int n = members.Count;
        var result = new (int[] Ids, double[] Unit)[n];
        for (int i = 0; i < n; i++)
        {
            var (ids, weights) = select(members[i]);
            var unit = new double[ids.Length];
            double norm = 0;
            for (int k = 0; k < ids.Length; k++)
            {
                double local = Math.Log((n + 1.0) / (df[ids[k]] + 1.0)) + 1.0;
                unit[k] = weights[k] * Math.Pow(local, power);
                norm += unit[k] * unit[k];
            }

            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                for (int k = 0; k < unit.Length; k++)
                {
                    unit[k] /= norm;
                }
            }

            result[i] = (ids, unit);
        }

        return result;
    }
}
