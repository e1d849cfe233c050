namespace Newsgraph.Entities.Accurate;

/// <summary>
/// The head's input per token: the transformer's hidden state at the token's first word piece,
/// then cheap features the uncased transformer cannot see or that the fast model already knows:
/// the fast tagger's greedy label, the gazetteer bits, and the casing/shape flags of the token and
/// its neighbours. Sentences are windowed to a bounded piece length and batched.
/// </summary>
internal sealed class AccurateFeatures(MiniLmEncoder encoder, FastEntityTagger fast)
{
    /// <summary>Word pieces whose hidden states are used per window.</summary>
    public const int CorePieces = 96;

    /// <summary>Pieces of context on each side of a window's core (seen by attention, not used).</summary>
    public const int ContextPieces = 24;

    /// <summary>Windows encoded in one OnnxRuntime call at most (sorted by length, so padding stays small).</summary>
    public const int BatchWindows = 16;

    /// <summary>Pieces a window may be padded by in a batch: a padded piece costs as much as a real one,
    /// and the batching gain per call is smaller than the cost of padding short sentences to long ones
    /// (per-document batches with free padding measured slower than sentence by sentence).</summary>
    public const int MaxPaddingPieces = 6;

    private const int ShapeFlags = 6;
    private const int GazetteerBits = 16;
    private const int NeighbourBlock = ShapeFlags + GazetteerBits;

    public static int Dimensions => MiniLmEncoder.HiddenSize + BilouLabels.Count + GazetteerBits + ShapeFlags + (2 * NeighbourBlock);

    /// <summary>Where the fast tagger's label one-hot sits in a row (hidden from some training tokens).</summary>
    public static (int Start, int Length) FastLabelBlock => (MiniLmEncoder.HiddenSize, BilouLabels.Count);

    public MiniLmEncoder Encoder => encoder;

    /// <summary>The head's output labels (BILOU over the learnt kinds, from the fast model's label set),
    /// passed on for the trainer, which sees this assembly's internals but not the entity assembly's.</summary>
    public static int Labels => BilouLabels.Count;

    /// <summary>The entity kinds the labels cover, in label order.</summary>
    public static IReadOnlyList<EntityKind> LearntKinds => BilouLabels.LearntKinds;

    /// <summary>Feature rows [tokens × <see cref="Dimensions"/>] of every sentence, unstandardised.</summary>
    public float[][] Of(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var rows = new float[sentences.Count][];
        var windows = new List<Window>();
        for (int s = 0; s < sentences.Count; s++)
        {
            rows[s] = new float[sentences[s].Count * Dimensions];
            AddWindows(s, sentences[s], windows);
            AddCheap(sentences[s], rows[s]);
        }

        windows.Sort((a, b) => a.Ids.Length.CompareTo(b.Ids.Length));
        for (int start = 0, end; start < windows.Count; start = end)
        {
            end = start + 1;
            while (end < windows.Count && end - start < BatchWindows && windows[end].Ids.Length - windows[start].Ids.Length <= MaxPaddingPieces)
            {
                end++;
            }

            var batch = windows.GetRange(start, end - start);
            encoder.Encode(batch.ConvertAll(w => w.Ids), (b, hidden) =>
            {
                var window = batch[b];
                var destination = rows[window.Sentence];
                for (int k = 0; k < window.FirstPiece.Length; k++)
                {
                    int token = window.CoreStart + k;
                    hidden.Slice(window.FirstPiece[k] * MiniLmEncoder.HiddenSize, MiniLmEncoder.HiddenSize)
                        .CopyTo(destination.AsSpan(token * Dimensions));
                }
            });
        }

        return rows;
    }

    private sealed record Window(int Sentence, int CoreStart, int[] Ids, int[] FirstPiece);

    /// <summary>Cuts a sentence into windows of at most <see cref="CorePieces"/> used pieces with up to
    /// <see cref="ContextPieces"/> of context on each side; each token's pieces are capped, so a window
    /// always holds at least one token and the work is linear in the sentence length.</summary>
    private void AddWindows(int sentence, IReadOnlyList<string> tokens, List<Window> windows)
    {
        var pieces = new List<int>();
        var offsets = new int[tokens.Count + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            offsets[i] = pieces.Count;
            encoder.Vocabulary.AddPieces(tokens[i], pieces);
        }

        offsets[tokens.Count] = pieces.Count;
        foreach (var (left, core, coreEnd, right) in Cut(offsets))
        {
            int from = offsets[left];
            int length = offsets[right] - from;
            var ids = new int[length + 2];
            ids[0] = encoder.Vocabulary.Cls;
            for (int p = 0; p < length; p++)
            {
                ids[p + 1] = pieces[from + p];
            }

            ids[^1] = encoder.Vocabulary.Sep;
            var first = new int[coreEnd - core];
            for (int k = 0; k < first.Length; k++)
            {
                first[k] = offsets[core + k] - from + 1;
            }

            windows.Add(new Window(sentence, core, ids, first));
        }
    }

    /// <summary>
    /// Windows over a sentence whose token i has pieces [offsets[i], offsets[i+1]): consecutive cores
    /// covering every token once, each of at most <see cref="CorePieces"/> pieces (or one token), with
    /// context tokens [Left, Core) and [CoreEnd, Right) of at most <see cref="ContextPieces"/> pieces.
    /// Each scan step moves forward, so the cost is linear in the sentence length.
    /// </summary>
    internal static List<(int Left, int Core, int CoreEnd, int Right)> Cut(ReadOnlySpan<int> offsets)
    {
        int count = offsets.Length - 1;
        var result = new List<(int, int, int, int)>();
        int core = 0;
        while (core < count)
        {
            int coreEnd = core + 1;
            while (coreEnd < count && offsets[coreEnd + 1] - offsets[core] <= CorePieces)
            {
                coreEnd++;
            }

            int left = core;
            while (left > 0 && offsets[core] - offsets[left - 1] <= ContextPieces)
            {
                left--;
            }

            int right = coreEnd;
            while (right < count && offsets[right + 1] - offsets[coreEnd] <= ContextPieces)
            {
                right++;
            }

            result.Add((left, core, coreEnd, right));
            core = coreEnd;
        }

        return result;
    }

    private void AddCheap(IReadOnlyList<string> tokens, float[] rows)
    {
        int n = tokens.Count;
        var labels = new int[n];
        var gazetteer = new ushort[n];
        fast.LabelsAndGazetteer(tokens, labels, gazetteer);
        for (int i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * Dimensions, Dimensions)[MiniLmEncoder.HiddenSize..];
            row[labels[i]] = 1;
            row = row[BilouLabels.Count..];
            Block(tokens, gazetteer, i, row);
            row = row[NeighbourBlock..];
            if (i > 0)
            {
                Block(tokens, gazetteer, i - 1, row);
            }

            row = row[NeighbourBlock..];
            if (i + 1 < n)
            {
                Block(tokens, gazetteer, i + 1, row);
            }
        }
    }

    /// <summary>Gazetteer bits then shape flags of token <paramref name="i"/> as 0/1 features.</summary>
    private static void Block(IReadOnlyList<string> tokens, ushort[] gazetteer, int i, Span<float> row)
    {
        uint bits = BlockBits(tokens, gazetteer, i);
        for (int bit = 0; bit < NeighbourBlock; bit++)
        {
            row[bit] = (bits >> bit) & 1;
        }
    }

    /// <summary>Token <paramref name="i"/>'s block as bits: the 16 gazetteer bits (kind × BILU), then
    /// the shape flags initial capital, all caps, digit, no letter, sentence-initial, contains ".".
    /// The fine-tuning export writes these bits, so training and tagging read the same features.</summary>
    internal static uint BlockBits(IReadOnlyList<string> tokens, ushort[] gazetteer, int i)
    {
        string word = tokens[i];
        bool hasLetter = false, allUpper = true, hasDigit = false;
        foreach (char c in word.Length > 64 ? word.AsSpan(0, 64) : word)
        {
            hasLetter |= char.IsLetter(c);
            allUpper &= !char.IsLower(c);
            hasDigit |= char.IsDigit(c);
        }

        uint shape = (WordShape.StartsUpper(word) ? 1u : 0)
            | (hasLetter && allUpper && word.Length > 1 ? 2u : 0)
            | (hasDigit ? 4u : 0)
            | (hasLetter ? 0 : 8u)
            | (i == 0 ? 16u : 0)
            | (word.Contains('.') ? 32u : 0);
        return gazetteer[i] | (shape << GazetteerBits);
    }

    /// <summary>
    /// What the fine-tuning export needs of one sentence without running the transformer: its windows
    /// (word-piece ids with [CLS]/[SEP], core start, first-piece positions — the same cut as tagging)
    /// and each token's feature block bits (<see cref="BlockBits"/>).
    /// </summary>
    internal (List<(int CoreStart, int[] Ids, int[] FirstPiece)> Windows, uint[] Blocks) Plan(IReadOnlyList<string> tokens)
    {
        var windows = new List<Window>();
        AddWindows(0, tokens, windows);
        var labels = new int[tokens.Count];
        var gazetteer = new ushort[tokens.Count];
        fast.LabelsAndGazetteer(tokens, labels, gazetteer);
        var blocks = new uint[tokens.Count];
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i] = BlockBits(tokens, gazetteer, i);
        }

        return (windows.ConvertAll(w => (w.CoreStart, w.Ids, w.FirstPiece)), blocks);
    }
}
