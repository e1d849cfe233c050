using Newsgraph.Core.Report;

namespace Newsgraph.Corpus.Store;

/// <summary>
/// The knowledge rows of one article's report (entities, names, article-entity rows, quotes,
/// claims, events, times), built ahead of the write — on an analysis worker — so the single writer
/// thread only binds one ready JSON array per table. Rows refer to entities by their corpus key;
/// the store resolves keys to entity numbers in the same statement. Opaque to callers: the store
/// that reads it defines its format (<see cref="Sqlite.KnowledgeRows"/>).
/// </summary>
public sealed class PreparedKnowledge
{
    internal PreparedKnowledge()
    {
    }

    /// <summary>Builds the rows of <paramref name="report"/> (pure: safe on any thread).</summary>
    public static PreparedKnowledge Of(AnalysisReport report) => Sqlite.KnowledgeRows.Build(report);

    /// <summary>[key, type, name] per distinct entity key, in report order.</summary>
    internal string? Entities { get; init; }

    /// <summary>[folded name, entity key, name] per name and alias.</summary>
    internal string? Names { get; init; }

    /// <summary>The distinct entity keys of <see cref="Entities"/>, so the writer can tell without a
    /// statement whether every one of them is already stored.</summary>
    internal IReadOnlyList<string> EntityKeys { get; init; } = [];

    /// <summary>The (folded name, entity key) pairs of <see cref="Names"/>, likewise.</summary>
    internal IReadOnlyList<(string NameKey, string Key)> NamePairs { get; init; } = [];

    /// <summary>[local id, entity key, name, roles JSON, mention count, mentions JSON] per entity.</summary>
    internal string? ArticleEntities { get; init; }

    internal string? Quotes { get; init; }

    internal string? Claims { get; init; }

    internal string? ClaimSources { get; init; }

    internal string? Events { get; init; }

    internal string? Participants { get; init; }

    internal string? Times { get; init; }
}
