using System.Text;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The knowledge rows of a write transaction's articles (<see cref="KnowledgeRows"/>), gathered as
/// each article is inserted and stored at commit with one statement per table — at most nine a
/// batch instead of up to nine an article. Each statement costs ~5 µs of managed binding, stepping
/// and resetting whatever its rows, and an article has ~9 of them. The rows are the same, in the
/// same order (entities first: the other tables find entity numbers by key), so the tables hold what
/// per-article statements wrote; they are in the same transaction, so a batch that rolls back
/// leaves none of them.
/// </summary>
internal sealed class KnowledgeBatch
{
    private readonly StringBuilder entities = new("[");
    private readonly StringBuilder names = new("[");
    private readonly StringBuilder articleEntities = new("[");
    private readonly StringBuilder quotes = new("[");
    private readonly StringBuilder claims = new("[");
    private readonly StringBuilder claimSources = new("[");
    private readonly StringBuilder events = new("[");
    private readonly StringBuilder participants = new("[");
    private readonly StringBuilder times = new("[");

    /// <summary>Adds article <paramref name="seq"/>'s rows. Entity and name rows the store already
    /// holds (committed, or added earlier in this transaction) are left out.</summary>
    public void Add(SqliteCorpusWriter writer, long seq, PreparedKnowledge rows)
    {
        var start = IngestPhaseTimes.Start(writer.Timings);
        if (rows.Entities is { } e && !writer.KnowsEntities(rows.EntityKeys))
        {
            JsonRows.Append(entities, e);
            writer.WroteEntities(rows.EntityKeys);
        }

        if (rows.Names is { } n && !writer.KnowsNames(rows.NamePairs))
        {
            JsonRows.Append(names, n);
            writer.WroteNames(rows.NamePairs);
        }

        AddRows(articleEntities, rows.ArticleEntities, seq);
        writer.Timings?.Stop(IngestPhase.Entities, start);
        start = IngestPhaseTimes.Start(writer.Timings);
        AddRows(quotes, rows.Quotes, seq);
        AddRows(claims, rows.Claims, seq);
        AddRows(claimSources, rows.ClaimSources, seq);
        AddRows(events, rows.Events, seq);
        AddRows(participants, rows.Participants, seq);
        AddRows(times, rows.Times, seq);
        writer.Timings?.Stop(IngestPhase.Knowledge, start);
    }

    /// <summary>Stores every row added (a statement per table that has rows) and empties the batch.</summary>
    public void Write(SqliteCorpusWriter writer)
    {
        var start = IngestPhaseTimes.Start(writer.Timings);
        Run(writer, KnowledgeRows.InsertEntities, entities);
        Run(writer, KnowledgeRows.InsertNames, names);
        Run(writer, KnowledgeRows.InsertArticleEntities, articleEntities);
        writer.Timings?.Stop(IngestPhase.Entities, start);
        start = IngestPhaseTimes.Start(writer.Timings);
        Run(writer, KnowledgeRows.InsertQuotes, quotes);
        Run(writer, KnowledgeRows.InsertClaims, claims);
        Run(writer, KnowledgeRows.InsertClaimSources, claimSources);
        Run(writer, KnowledgeRows.InsertEvents, events);
        Run(writer, KnowledgeRows.InsertParticipants, participants);
        Run(writer, KnowledgeRows.InsertTimes, times);
        writer.Timings?.Stop(IngestPhase.Knowledge, start);
    }

    private static void AddRows(StringBuilder batch, string? rows, long seq)
    {
        if (rows is not null)
        {
            JsonRows.AppendWithSeq(batch, rows, seq);
        }
    }

    private static void Run(SqliteCorpusWriter writer, string sql, StringBuilder rows)
    {
        if (rows.Length == 1)
        {
            return;
        }

        var command = writer.Command(sql);
        SqliteCorpusWriter.Set(command, "$rows", rows.Append(']').ToString());
        command.ExecuteNonQuery();
        rows.Clear().Append('[');
    }
}
