using Newsgraph.Core.Report;
using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// Entity keys the story clusterer compares: from the report's entities when the entities stage ran
/// (each name once per mention, as <c>e:</c> keys like <see cref="CapitalisedNameKeys"/> makes),
/// otherwise the capitalised-name stand-in over the text.
/// </summary>
internal sealed class ArticleKeys
{
    private readonly CapitalisedNameKeys fallback = new();

    public IReadOnlyList<string> Of(AnalysisReport report)
    {
        var article = report.Article;
        if (report.Entities.Count == 0)
        {
            return fallback.Extract(article.Title, article.Text);
        }

        var keys = new List<string>();
        foreach (var entity in report.Entities)
        {
            string key = "e:" + Store.Sqlite.SqliteCorpusWriter.NameKey(entity.Name);
            for (int i = 0; i < Math.Max(1, entity.Mentions.Count); i++)
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
