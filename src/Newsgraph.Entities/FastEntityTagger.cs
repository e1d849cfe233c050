namespace Newsgraph.Entities;

/// <summary>
/// The fast-mode named-entity tagger: Viterbi decoding of a structured averaged-perceptron
/// BILOU model with transition constraints. Thread-safe; the embedded model loads on first use.
/// </summary>
public sealed class FastEntityTagger : ITokenTagger
{
    private const string ResourceName = "Newsgraph.Entities.ner-fast-v1.bin";

    private static readonly Lazy<FastEntityTagger> EmbeddedTagger = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load ner-fast-v1", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;

    internal FastEntityTagger(NerModel model) => _model = model;

    /// <summary>The tagger over the model embedded in this assembly (loaded once, lazily).</summary>
    public static FastEntityTagger Default => EmbeddedTagger.Value;

    internal NerModel Model => _model;

    public string ModelName => "ner-fast-v1";

    /// <summary>Tags one sentence given as its tokens; returns entities as token ranges.</summary>
    public IReadOnlyList<TaggedEntity> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        var labels = new int[tokens.Count];
        Decode(tokens, new TokenFeatures.Sentence(), labels);
        return ToEntities(labels);
    }

    /// <summary>
    /// Tags the sentences of one document, then makes the labels consistent across it
    /// (<see cref="DocumentConsistency"/>): one list of entities per sentence, as token ranges of that sentence.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TaggedEntity>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var entities = new List<TaggedEntity>[sentences.Count];
        var context = new TokenFeatures.Sentence();
        int[] labels = [];
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            if (tokens.Count == 0)
            {
                entities[s] = [];
                continue;
            }

            if (labels.Length < tokens.Count)
            {
                labels = new int[Math.Max(tokens.Count, labels.Length * 2)];
            }

            Decode(tokens, context, labels.AsSpan(0, tokens.Count));
            entities[s] = ToEntities(labels.AsSpan(0, tokens.Count));
        }

        DocumentConsistency.Apply(sentences, entities);
        return entities;
    }

    internal void Decode(IReadOnlyList<string> tokens, TokenFeatures.Sentence sentence, Span<int> labels)
    {
        _model.Features.Prepare(tokens, sentence);
        if (!ViterbiDecoder.Decode(_model, tokens, sentence, labels, []))
        {
            // Unreachable without forced labels (all-outside is always a valid path); kept as a guard.
            labels.Clear();
        }
    }

    /// <summary>Viterbi labels and the gazetteer bits (kind × BILU) of each token: the cheap features
    /// the accurate mode's head reads beside the transformer's hidden states.</summary>
    internal void LabelsAndGazetteer(IReadOnlyList<string> tokens, Span<int> labels, Span<ushort> gazetteer)
    {
        var sentence = new TokenFeatures.Sentence();
        Decode(tokens, sentence, labels);
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = BilouLabels.ForHead(labels[i]);
        }

        sentence.Gazetteer.AsSpan(0, tokens.Count).CopyTo(gazetteer);
    }

    internal static List<TaggedEntity> ToEntities(ReadOnlySpan<int> labels)
    {
        var entities = new List<TaggedEntity>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == BilouLabels.Outside || BilouLabels.IsMisc(label))
            {
                // A MISC name (event, work, election …) is no entity of a reported kind: it only keeps
                // its tokens from being tagged as one.
                start = -1;
                continue;
            }

            int position = BilouLabels.Position(label);
            var kind = BilouLabels.LearntKinds[BilouLabels.KindIndex(label)];
            if (position == BilouLabels.Unit)
            {
                entities.Add(new TaggedEntity(i, i + 1, kind));
                start = -1;
            }
            else if (position == BilouLabels.Begin)
            {
                start = i;
            }
            else if (position == BilouLabels.Last && start >= 0)
            {
                entities.Add(new TaggedEntity(start, i + 1, kind));
                start = -1;
            }
        }

        return entities;
    }

    internal static FastEntityTagger Load(Stream stream) => new(NerModelFile.Read(stream));

    private static FastEntityTagger LoadEmbedded()
    {
        using Stream stream = typeof(FastEntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The fast NER model is not embedded in " + typeof(FastEntityTagger).Assembly.GetName().Name);
        return Load(stream);
    }
}
