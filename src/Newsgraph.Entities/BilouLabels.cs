namespace Newsgraph.Entities;

/// <summary>
/// BILOU label inventory: 0 = O, then B, I, L, U for each learnt kind. BILOU rather than BIO
/// because explicit last/unit labels measurably help greedy decoding (Ratinov and Roth 2009).
/// </summary>
internal static class BilouLabels
{
    /// <summary>The kinds the fast model learns, in label order.</summary>
    public static readonly EntityKind[] LearntKinds = [EntityKind.Person, EntityKind.Org, EntityKind.Loc, EntityKind.Norp];

    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    /// <summary>Labels of the learnt kinds (O, then B/I/L/U of each): what the accurate head reads and predicts.</summary>
    public static int Count => 1 + (4 * LearntKinds.Length);

    /// <summary>
    /// Kind index of MISC, a kind the fast tagger learns but never reports: names of other types
    /// (events, works, battles, elections, products) that the corpora mark. Why: without it the
    /// model had no label for "Overland Campaign" or "United Kingdom general election" but O or a
    /// wrong PER/ORG/LOC, and its largest class of false positives on the gold corpora was names of
    /// those types (docs/models/ner-fast.md, ner-fast6). Its labels come after <see cref="Count"/>, so
    /// the learnt labels keep their numbers.
    /// </summary>
    public static int MiscKindIndex => LearntKinds.Length;

    /// <summary>Labels of the fast tagger: <see cref="Count"/> plus B/I/L/U of MISC.</summary>
    public static int TaggerCount => Count + 4;

    /// <summary>Whether a tagger label is one of MISC's (never reported as an entity).</summary>
    public static bool IsMisc(int label) => label >= Count;

    /// <summary>A tagger label as the accurate head reads it: MISC is outside (the head knows the learnt labels only).</summary>
    public static int ForHead(int label) => IsMisc(label) ? Outside : label;

    public static int Label(int kindIndex, int position) => 1 + (kindIndex * 4) + position;

    public static int KindIndex(int label) => (label - 1) / 4;

    public static int Position(int label) => (label - 1) % 4;

    /// <summary>Whether label <paramref name="next"/> may follow <paramref name="previous"/> (a B or I must be continued by I or L of its kind).</summary>
    public static bool IsAllowed(int previous, int next)
    {
        bool previousOpen = previous != Outside && Position(previous) is Begin or Inside;
        bool nextContinues = next != Outside && Position(next) is Inside or Last;
        if (previousOpen)
        {
            return nextContinues && KindIndex(next) == KindIndex(previous);
        }

        return !nextContinues;
    }

    /// <summary>Whether <paramref name="label"/> may end a sentence.</summary>
    public static bool CanEnd(int label) => label == Outside || Position(label) is Last or Unit;
}
