using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Entities.Lexicon;
using Newsgraph.Entities.Resolution;

namespace Newsgraph.Entities;

/// <summary>
/// The entity stage: every person, organisation, place and group the article names, merged within
/// the document, typed, keyed across documents, with roles and affiliations from the text. Reads
/// tokens and sentences; for an article that is not English they are empty, and so is its output.
/// </summary>
public sealed class EntityStage : IStage, IWarmUp
{
    private readonly ITokenTagger? _tagger;

    public EntityStage()
    {
        Info = new("entities.v1", "ner-fast-v1");
    }

    /// <summary>The stage over another token tagger (the accurate mode); everything after tagging is the same.</summary>
    public EntityStage(ITokenTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
        Info = new("entities.v1", tagger.ModelName);
    }

    public StageInfo Info { get; }

    public IReadOnlyList<string> Requires { get; } = [LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name];

    public IReadOnlyList<string> Produces { get; } = [EntityLayers.Entities.Name];

    /// <summary>Loads the embedded lexicon and tagger model ahead of the first document, one after the
    /// other on the warm-up thread: loading them side by side put one on the thread pool, where the
    /// first document runs, and delayed it (the pipeline already gives loads their own threads).</summary>
    public void WarmUp()
    {
        _ = _tagger ?? (ITokenTagger)FastEntityTagger.Default;
        _ = EntityLexicon.Default;
    }

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(LanguageLayers.Tokens);
        var sentences = document.Get(LanguageLayers.Sentences);
        if (tokens.IsEmpty || sentences.IsEmpty)
        {
            document.Add(EntityLayers.Entities, ImmutableArray<Entity>.Empty);
            return;
        }

        var finder = new MentionFinder(EntityLexicon.Default, _tagger ?? FastEntityTagger.Default);
        var mentions = finder.Find(document.Text, tokens, sentences, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var clusters = MentionMerger.Merge(mentions, document.Text);
        var roles = new RoleFinder(finder).Find(document.Text, tokens, sentences, clusters);
        document.Add(EntityLayers.Entities, EntityBuilder.Build(clusters, roles));
    }
}
