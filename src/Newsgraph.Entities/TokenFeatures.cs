namespace Newsgraph.Entities;

/// <summary>
/// Feature templates of the fast tagger: word, shape, affixes, a ±2 window, shape trigram, word
/// bigrams, sentence position, gazetteer membership, distributional word classes of the ±1 window and
/// the previous label (alone and with the word, shape and word class). The same code
/// serves training and tagging so the two can never disagree.
/// </summary>
internal sealed class TokenFeatures
{
    /// <summary>Most features one token yields (static plus label-dependent).</summary>
    public const int MaxPerToken = 96;

    private const ulong BoundaryBefore = 0x5EED_0001UL;
    private const ulong BoundaryAfter = 0x5EED_0002UL;

    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;

    public TokenFeatures(Gazetteer gazetteer, WordClusters clusters)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
    }

    /// <summary>Per-sentence context: lowercase and shape hashes and gazetteer flags of every token.</summary>
    public sealed class Sentence
    {
        public ulong[] Lower = new ulong[64];
        public ulong[] Shape = new ulong[64];
        public ushort[] Gazetteer = new ushort[64];
        public bool[] Upper = new bool[64];
        public int[] Coarse = new int[64];
        public int[] Fine = new int[64];

        /// <summary>Lower-case hash of the last word of the capitalised run the token is in (0 outside one).</summary>
        public ulong[] RunLast = new ulong[64];

        /// <summary>Same over a run that may continue through name connectors ("of", "and", "for"…).</summary>
        public ulong[] LongRunLast = new ulong[64];

        /// <summary>Position in the capitalised run (0-based, capped) and the run's length (capped).</summary>
        public byte[] RunShape = new byte[64];

        /// <summary>Index of the first and last token of the capitalised run the token is in.</summary>
        public int[] RunStart = new int[64];
        public int[] RunEnd = new int[64];

        public int Length;
    }

    public void Prepare(IReadOnlyList<string> tokens, Sentence sentence)
    {
        int n = tokens.Count;
        if (sentence.Lower.Length < n)
        {
            int size = Math.Max(n, sentence.Lower.Length * 2);
            sentence.Lower = new ulong[size];
            sentence.Shape = new ulong[size];
            sentence.Gazetteer = new ushort[size];
            sentence.Upper = new bool[size];
            sentence.Coarse = new int[size];
            sentence.Fine = new int[size];
            sentence.RunLast = new ulong[size];
            sentence.LongRunLast = new ulong[size];
            sentence.RunShape = new byte[size];
            sentence.RunStart = new int[size];
            sentence.RunEnd = new int[size];
        }

        sentence.Length = n;
        for (int i = 0; i < n; i++)
        {
            sentence.Lower[i] = FeatureHash.OfLower(tokens[i]);
            sentence.Shape[i] = WordShape.Hash(tokens[i]);
            sentence.Upper[i] = WordShape.StartsUpper(tokens[i]);
            (sentence.Coarse[i], sentence.Fine[i]) = _clusters.Of(sentence.Lower[i]);
        }

        _gazetteer.Mark(sentence.Lower.AsSpan(0, n), sentence.Gazetteer.AsSpan(0, n));
        MarkRuns(tokens, sentence);
    }

    /// <summary>
    /// Capitalised runs: the head of a long name is often its last word ("… Democrats for Europe
    /// Party", "… of Social Services"), beyond the ±2 window, and it decides kind and extent.
    /// </summary>
    private static void MarkRuns(IReadOnlyList<string> tokens, Sentence s)
    {
        int n = s.Length;
        ulong last = 0;
        ulong longLast = 0;
        int runEnd = -1;
        for (int i = n - 1; i >= 0; i--)
        {
            if (s.Upper[i])
            {
                if (runEnd < 0)
                {
                    runEnd = i;
                    last = s.Lower[i];
                    if (i + 2 < n && s.Upper[i + 2] && IsNameConnector(tokens[i + 1]))
                    {
                        // The run continues through "of"/"and"/"for": its long head is the next run's.
                        longLast = s.LongRunLast[i + 2];
                    }
                    else
                    {
                        longLast = last;
                    }
                }

                s.RunLast[i] = last;
                s.LongRunLast[i] = longLast;
            }
            else
            {
                runEnd = -1;
                s.RunLast[i] = 0;
                s.LongRunLast[i] = 0;
            }
        }

        int start = 0;
        int stop = -1;
        for (int i = 0; i < n; i++)
        {
            if (!s.Upper[i])
            {
                s.RunShape[i] = 0;
                start = i + 1;
                continue;
            }

            int end = i;
            while (end + 1 < n && s.Upper[end + 1] && end - i < 4)
            {
                end++;
            }

            // The run's last token, found once per run (linear in the sentence).
            if (stop < i)
            {
                stop = i;
            }

            while (stop + 1 < n && s.Upper[stop + 1])
            {
                stop++;
            }

            s.RunStart[i] = start;
            s.RunEnd[i] = stop;
            int length = Math.Min(4, end - start + 1);
            s.RunShape[i] = (byte)(1 + (Math.Min(3, i - start) * 5) + length);
        }
    }

    private static bool IsNameConnector(string word) => word is "of" or "and" or "for" or "de" or "on" or "&";

    /// <summary>Writes the features of token <paramref name="i"/> that do not depend on labels; returns how many.</summary>
    public static int Static(IReadOnlyList<string> tokens, Sentence s, int i, Span<uint> output)
    {
        int count = 0;
        string word = tokens[i];
        ulong lower = s.Lower[i];
        ulong shape = s.Shape[i];
        ulong lowerPrev = i > 0 ? s.Lower[i - 1] : BoundaryBefore;
        ulong lowerPrev2 = i > 1 ? s.Lower[i - 2] : BoundaryBefore;
        ulong lowerNext = i + 1 < s.Length ? s.Lower[i + 1] : BoundaryAfter;
        ulong lowerNext2 = i + 2 < s.Length ? s.Lower[i + 2] : BoundaryAfter;
        ulong shapePrev = i > 0 ? s.Shape[i - 1] : BoundaryBefore;
        ulong shapeNext = i + 1 < s.Length ? s.Shape[i + 1] : BoundaryAfter;

        output[count++] = FeatureHash.Finish(FeatureHash.Start(0));
        output[count++] = One(1, lower);
        output[count++] = One(2, shape);
        output[count++] = FeatureHash.Finish(FeatureHash.AddChars(FeatureHash.Start(3), word, lower: false));
        for (int length = 1; length <= 3 && length <= word.Length; length++)
        {
            output[count++] = FeatureHash.Finish(FeatureHash.AddChars(FeatureHash.Start(10 + length), word.AsSpan(0, length), lower: true));
        }

        for (int length = 1; length <= 4 && length <= word.Length; length++)
        {
            output[count++] = FeatureHash.Finish(FeatureHash.AddChars(FeatureHash.Start(20 + length), word.AsSpan(word.Length - length), lower: true));
        }

        output[count++] = One(30, lowerPrev);
        output[count++] = One(31, lowerNext);
        output[count++] = One(32, lowerPrev2);
        output[count++] = One(33, lowerNext2);
        output[count++] = One(34, shapePrev);
        output[count++] = One(35, shapeNext);
        output[count++] = Three(36, shapePrev, shape, shapeNext);
        output[count++] = Two(37, lowerPrev, lower);
        output[count++] = Two(38, lower, lowerNext);
        output[count++] = Two(39, lowerPrev, shape);
        output[count++] = Two(40, shape, lowerNext);
        output[count++] = Two(41, i == 0 ? 1UL : 0UL, shape);
        output[count++] = Two(42, i == 0 ? 1UL : 0UL, lower);
        ulong finePrev = i > 0 ? (ulong)s.Fine[i - 1] : BoundaryBefore;
        ulong fineNext = i + 1 < s.Length ? (ulong)s.Fine[i + 1] : BoundaryAfter;
        ulong coarsePrev = i > 0 ? (ulong)s.Coarse[i - 1] : BoundaryBefore;
        ulong coarseNext = i + 1 < s.Length ? (ulong)s.Coarse[i + 1] : BoundaryAfter;
        output[count++] = One(70, (ulong)s.Coarse[i]);
        output[count++] = One(71, (ulong)s.Fine[i]);
        output[count++] = Two(72, (ulong)s.Fine[i], shape);
        output[count++] = One(73, finePrev);
        output[count++] = One(74, fineNext);
        output[count++] = Two(75, coarsePrev, (ulong)s.Coarse[i]);
        output[count++] = Two(76, (ulong)s.Coarse[i], coarseNext);
        output[count++] = Two(77, finePrev, shape);
        if (s.Upper[i])
        {
            output[count++] = One(80, s.RunLast[i]);
            output[count++] = One(81, s.LongRunLast[i]);
            output[count++] = Two(82, s.RunShape[i], s.LongRunLast[i]);
            output[count++] = One(83, s.RunShape[i]);

            // The whole name's context (ner5): its first word ("Ministry …", "University …") and the words
            // just outside it ("told … ", "… said", "in …") lie beyond the ±2 window for the inner tokens of a
            // long name, and decide kind and extent for all of them alike.
            int first = s.RunStart[i];
            int last = s.RunEnd[i];
            output[count++] = One(84, s.Lower[first]);
            output[count++] = One(85, first > 0 ? s.Lower[first - 1] : BoundaryBefore);
            output[count++] = One(86, last + 1 < s.Length ? s.Lower[last + 1] : BoundaryAfter);
        }

        // Word classes two away and the class bigram to the right (ner5): the class generalises the ±2 words
        // to unseen ones ("officials said", "spokesman told" fall in the same classes).
        output[count++] = One(78, i > 1 ? (ulong)s.Fine[i - 2] : BoundaryBefore);
        output[count++] = One(79, i + 2 < s.Length ? (ulong)s.Fine[i + 2] : BoundaryAfter);
        output[count++] = Two(88, (ulong)s.Fine[i], fineNext);

        bool upper = s.Upper[i];
        AddGazetteer(50, s.Gazetteer[i], upper, output, ref count);
        if (i > 0)
        {
            AddGazetteer(52, s.Gazetteer[i - 1], upper, output, ref count);
        }

        if (i + 1 < s.Length)
        {
            AddGazetteer(54, s.Gazetteer[i + 1], upper, output, ref count);
        }

        return count;
    }

    /// <summary>Most features <see cref="PreviousLabel"/> writes.</summary>
    public const int MaxPreviousLabel = 4;

    /// <summary>
    /// Writes the features of token <paramref name="i"/> that depend on the previous label (first
    /// order, so Viterbi decodes them exactly); returns how many.
    /// </summary>
    public static int PreviousLabel(Sentence s, int i, int previous, Span<uint> output)
    {
        output[0] = One(60, (ulong)previous);
        output[1] = Two(62, (ulong)previous, s.Lower[i]);
        output[2] = Two(63, (ulong)previous, s.Shape[i]);
        output[3] = Two(64, (ulong)previous, (ulong)s.Fine[i]);
        return MaxPreviousLabel;
    }

    private static void AddGazetteer(int template, ushort flags, bool upper, Span<uint> output, ref int count)
    {
        int budget = 6;
        while (flags != 0 && budget-- > 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(flags);
            flags &= (ushort)(flags - 1);
            output[count++] = One(template, (ulong)bit);
            output[count++] = Two(template + 1, (ulong)bit, upper ? 1UL : 0UL);
        }
    }

    private static uint One(int template, ulong a) => FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(template), a));

    private static uint Two(int template, ulong a, ulong b) => FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(template), a), b));

    private static uint Three(int template, ulong a, ulong b, ulong c) =>
        FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(template), a), b), c));
}
