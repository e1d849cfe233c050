namespace Newsgraph.Entities.Accurate;

/// <summary>
/// The accurate-mode tagger: MiniLM hidden states plus cheap features, a trained head, and
/// BILOU-constrained Viterbi decoding. Loading it loads OnnxRuntime and the ~90 MB transformer,
/// which is why it lives in its own assembly that the fast path never touches.
/// Not thread-safe per call batch beyond what OnnxRuntime's session allows (Run is thread-safe).
/// </summary>
public sealed class AccurateEntityTagger : ITokenTagger, IDisposable
{
    /// <summary>The fine-tuned model's files (head + layer weights), written by `train ner-accurate-import`.</summary>
    public const string HeadFileName = "ner-accurate-v2.bin";
    public const string EncoderFileName = "ner-accurate-v2.encoder.bin";
    public const string ManifestFileName = "ner-accurate-v2.manifest.json";
    private const string ResourcePrefix = "Newsgraph.Entities.Accurate.";

    /// <summary>The frozen-transformer head (`train ner-accurate`), used while no fine-tuned model is embedded.</summary>
    private const string FrozenHeadResource = ResourcePrefix + "ner-accurate-v1.bin";

    private readonly AccurateFeatures _features;
    private readonly TaggingHead _head;

    internal AccurateEntityTagger(AccurateFeatures features, TaggingHead head, string modelName = "ner-accurate-v2")
    {
        if (head.Inputs != AccurateFeatures.Dimensions || head.Labels != BilouLabels.Count)
        {
            throw new InvalidDataException($"the head expects {head.Inputs} inputs and {head.Labels} labels; this build makes {AccurateFeatures.Dimensions} and {BilouLabels.Count}");
        }

        _features = features;
        _head = head;
        ModelName = modelName;
    }

    /// <summary>"ner-accurate-v2" (fine-tuned) or "ner-accurate-v1" (frozen transformer, trained head only).</summary>
    public string ModelName { get; }

    /// <summary>Loads the transformer from its package with the embedded fine-tuned weights, and the embedded head.</summary>
    /// <param name="intraOpThreads">OnnxRuntime threads per call (1 for the one-core speed figure).</param>
    public static AccurateEntityTagger LoadEmbedded(int intraOpThreads = 1)
    {
        var assembly = typeof(AccurateEntityTagger).Assembly;
        using var head = assembly.GetManifestResourceStream(ResourcePrefix + HeadFileName);
        using var encoder = assembly.GetManifestResourceStream(ResourcePrefix + EncoderFileName);
        if (head is not null && encoder is not null)
        {
            return Load(head, encoder, intraOpThreads);
        }

        using var frozen = assembly.GetManifestResourceStream(FrozenHeadResource)
            ?? throw new InvalidOperationException("No accurate NER model is embedded in " + assembly.GetName().Name + " (docs/models/ner-accurate.md)");
        return new(CreateFeatures(intraOpThreads), TaggingHead.Read(frozen), "ner-accurate-v1");
    }

    /// <summary>Loads the transformer from its package with fine-tuned weights, and a head.</summary>
    public static AccurateEntityTagger Load(Stream head, Stream encoderWeights, int intraOpThreads = 1) =>
        new(CreateFeatures(intraOpThreads, EncoderWeights.Read(encoderWeights)), TaggingHead.Read(head));

    /// <summary>The head's features over the package's transformer, with <paramref name="weights"/>
    /// replacing its own where given (null: the sentence-embedding weights as shipped).</summary>
    internal static AccurateFeatures CreateFeatures(int intraOpThreads, EncoderWeights? weights = null) =>
        new(new MiniLmEncoder(intraOpThreads, weights), FastEntityTagger.Default);

    /// <summary>Input/output names of the ONNX graph (for the bench and the model card).</summary>
    public string DescribeModel() => _features.Encoder.Describe();

    public IReadOnlyList<TaggedEntity> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count == 0 ? [] : TagMany([tokens])[0];
    }

    /// <summary>Tags a document's sentences in shared batches, then applies the same document-level
    /// consistency as the fast tagger (<see cref="DocumentConsistency"/>).</summary>
    public IReadOnlyList<IReadOnlyList<TaggedEntity>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var entities = TagMany(sentences).Select(tagged => tagged.ToList()).ToArray();
        DocumentConsistency.Apply(sentences, entities);
        return entities;
    }

    /// <summary>Tags many sentences at once (their windows share OnnxRuntime batches).</summary>
    public IReadOnlyList<IReadOnlyList<TaggedEntity>> TagMany(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var nonEmpty = sentences.Where(s => s.Count > 0).ToList();
        var rows = _features.Of(nonEmpty);
        var results = new IReadOnlyList<TaggedEntity>[sentences.Count];
        int next = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            results[s] = sentences[s].Count == 0 ? [] : Decode(rows[next++], sentences[s].Count);
        }

        return results;
    }

    internal List<TaggedEntity> Decode(float[] rows, int tokens)
    {
        int labels = _head.Labels;
        var logProbabilities = new float[tokens * labels];
        var activation = new float[Math.Max(1, _head.Hidden)];
        for (int t = 0; t < tokens; t++)
        {
            var x = rows.AsSpan(t * _head.Inputs, _head.Inputs);
            _head.Standardise(x);
            var scores = logProbabilities.AsSpan(t * labels, labels);
            _head.Scores(x, activation, scores);
            LogSoftmax(scores);
        }

        var best = new int[tokens];
        BilouViterbi.Decode(logProbabilities, tokens, labels, best);
        return FastEntityTagger.ToEntities(best);
    }

    internal static void LogSoftmax(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores)
        {
            max = Math.Max(max, s);
        }

        double sum = 0;
        foreach (float s in scores)
        {
            sum += Math.Exp(s - max);
        }

        float log = max + (float)Math.Log(sum);
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] -= log;
        }
    }

    public void Dispose() => _features.Encoder.Dispose();
}
