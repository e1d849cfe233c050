namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// A story's running centroid: summed member term weights per space (IDF is applied at scoring time
/// with current frequencies), the span of member dates, and cached vector norms.
/// </summary>
internal sealed class StoryState(int number)
{
    public int Number { get; } = number;

    /// <summary>The id users see; null only while windowed re-clustering decides which earlier id
    /// the story keeps.</summary>
    public string? Id { get; set; }

    public List<int> Members { get; } = [];

    public Dictionary<int, float> Words { get; } = [];

    public Dictionary<int, float> Entities { get; } = [];

    /// <summary>Terms already entered in the clusterer's posting lists for this story.</summary>
    public HashSet<long> Posted { get; } = [];

    public int? FirstDay { get; set; }

    public int? LastDay { get; set; }

    public double WordNorm { get; set; }

    public double EntityNorm { get; set; }

    /// <summary>Collection size when the norms were computed; -1 when members changed since.</summary>
    public int NormsAt { get; set; } = -1;

    /// <summary>Summed unit vectors of the recent members (average link); null when members changed.</summary>
    public MemberLinkVectors? Link { get; set; }

    /// <summary>The clusterer's change count when the members last changed.</summary>
    public long ChangedAt { get; set; }

    public bool IsEmpty => Members.Count == 0;

    public void Add(ArticleFeatures article, int index)
    {
        Members.Add(index);
        Accumulate(Words, article.Words, 1);
        Accumulate(Entities, article.Entities, 1);
        if (article.Day is int day)
        {
            FirstDay = FirstDay is int f ? Math.Min(f, day) : day;
            LastDay = LastDay is int l ? Math.Max(l, day) : day;
        }

        NormsAt = -1;
        Link = null;
    }

    public void Remove(ArticleFeatures article, int index, IReadOnlyList<ArticleFeatures> all)
    {
        Members.Remove(index);
        Accumulate(Words, article.Words, -1);
        Accumulate(Entities, article.Entities, -1);
        FirstDay = null;
        LastDay = null;
        foreach (int m in Members)
        {
            if (all[m].Day is int day)
            {
                FirstDay = FirstDay is int f ? Math.Min(f, day) : day;
                LastDay = LastDay is int l ? Math.Max(l, day) : day;
            }
        }

        NormsAt = -1;
        Link = null;
    }

    public void Absorb(StoryState other, IReadOnlyList<ArticleFeatures> all)
    {
        foreach (int m in other.Members)
        {
            Add(all[m], m);
        }

        other.Members.Clear();
        other.Words.Clear();
        other.Entities.Clear();
        other.FirstDay = null;
        other.LastDay = null;
        other.NormsAt = -1;
        other.Link = null;
    }

    /// <summary>Empties a story taken apart by re-clustering (its number is never reused).</summary>
    public void Retire()
    {
        Members.Clear();
        Words.Clear();
        Entities.Clear();
        Posted.Clear();
        FirstDay = null;
        LastDay = null;
        Id = null;
        NormsAt = -1;
        Link = null;
    }

    private static void Accumulate(Dictionary<int, float> sums, SparseTerms terms, int sign)
    {
        for (int i = 0; i < terms.Ids.Length; i++)
        {
            int id = terms.Ids[i];
            float value = sums.GetValueOrDefault(id) + (sign * terms.Weights[i]);
            if (value <= 1e-4f)
            {
                sums.Remove(id);
            }
            else
            {
                sums[id] = value;
            }
        }
    }
}
