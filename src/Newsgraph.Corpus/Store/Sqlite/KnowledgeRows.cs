using System.Text;
using System.Text.Json;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The queryable rows of one article's report: entities (one corpus-wide row per entity key, its
/// names and aliases, the article-entity row with its mentions), quotes, claims and their sources,
/// events and their participants, times. <see cref="Build"/> turns a report into one JSON array of
/// rows per table (on an analysis worker); <see cref="KnowledgeBatch"/> gathers the arrays of a
/// write transaction's articles and stores each table's with one
/// <c>INSERT … SELECT … FROM json_each</c> statement at commit, resolving entity keys to entity
/// numbers by the <c>entities(key)</c> index inside the statement. A statement costs microseconds of
/// managed binding and stepping and a json_each row a fraction of that, so the writer's cost no
/// longer grows with the number of rows in managed code. Report ids are local to the article.
/// </summary>
internal static class KnowledgeRows
{
    // CROSS JOIN keeps json_each as the outer loop: each row probes the entities key index once
    internal const string InsertEntities = """
        INSERT INTO entities(key, type, name) SELECT value->>0, value->>1, value->>2 FROM json_each($rows) WHERE true
        ON CONFLICT(key) DO NOTHING
        """;

    internal const string InsertNames = """
        INSERT OR IGNORE INTO entity_names(name_key, entity_no, name)
        SELECT j.value->>0, e.entity_no, j.value->>2 FROM json_each($rows) j CROSS JOIN entities e ON e.key = j.value->>1
        """;

    // the rows of the article tables start with the article's number (JsonRows.BeginArticleRow)
    internal const string InsertArticleEntities = """
        INSERT OR IGNORE INTO article_entities(article_seq, local_id, entity_no, name, roles, mention_count, mentions)
        SELECT j.value->>0, j.value->>1, e.entity_no, j.value->>3, j.value->>4, j.value->>5, j.value->>6
          FROM json_each($rows) j CROSS JOIN entities e ON e.key = j.value->>2
        """;

    internal const string InsertQuotes = """
        INSERT OR IGNORE INTO quotes(article_seq, local_id, kind, text, start, end, speaker_entity, speaker_name, speaker_key, cue, medium)
        SELECT j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5,
               (SELECT e.entity_no FROM entities e WHERE e.key = j.value->>6), j.value->>7, j.value->>8, j.value->>9, j.value->>10
          FROM json_each($rows) j
        """;

    internal const string InsertClaims = """
        INSERT OR IGNORE INTO claims(article_seq, local_id, text, start, end, status, hedged)
        SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6 FROM json_each($rows)
        """;

    internal const string InsertClaimSources = """
        INSERT INTO claim_sources(article_seq, claim_id, entity_no, text, kind)
        SELECT j.value->>0, j.value->>1, (SELECT e.entity_no FROM entities e WHERE e.key = j.value->>2), j.value->>3, j.value->>4
          FROM json_each($rows) j
        """;

    internal const string InsertEvents = """
        INSERT OR IGNORE INTO events(article_seq, local_id, type, mode, trigger_start, trigger_end, sentence_start, sentence_end, place, time, modality, claim_id)
        SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9, value->>10, value->>11
          FROM json_each($rows)
        """;

    internal const string InsertParticipants = """
        INSERT INTO event_participants(article_seq, event_id, role, entity_no)
        SELECT j.value->>0, j.value->>1, j.value->>2, e.entity_no FROM json_each($rows) j CROSS JOIN entities e ON e.key = j.value->>3
        """;

    internal const string InsertTimes = """
        INSERT OR IGNORE INTO times(article_seq, local_id, text, start, end, value, range_start, range_end, certainty)
        SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8 FROM json_each($rows)
        """;

    /// <summary>The corpus-wide identity of an entity: the key the entities stage gives (a knowledge
    /// base id) or, without one, its type and folded name.</summary>
    public static string CorpusKey(ReportEntity entity) =>
        string.IsNullOrWhiteSpace(entity.Key) ? entity.Type + ":" + SqliteCorpusWriter.NameKey(entity.Name) : entity.Key;

    /// <summary>The rows of every knowledge table of <paramref name="report"/> (pure).</summary>
    public static PreparedKnowledge Build(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var keyOfLocalId = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameOfLocalId = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new JsonRows();
        var names = new JsonRows();
        var articleEntities = new JsonRows();
        var seenKeys = new List<string>();
        var seenNames = new List<(string NameKey, string Key)>();
        var seenKeySet = new HashSet<string>(StringComparer.Ordinal);
        var seenNameSet = new HashSet<(string, string)>();
        foreach (var entity in report.Entities)
        {
            string key = CorpusKey(entity);
            keyOfLocalId[entity.Id] = key;
            nameOfLocalId[entity.Id] = entity.Name;
            if (seenKeySet.Add(key))
            {
                seenKeys.Add(key);
                entities.BeginRow().String(key).String(entity.Type).String(entity.Name).EndRow();
            }

            foreach (string n in entity.Aliases.Prepend(entity.Name))
            {
                if (string.IsNullOrWhiteSpace(n))
                {
                    continue;
                }

                string nameKey = SqliteCorpusWriter.NameKey(n);
                if (seenNameSet.Add((nameKey, key)))
                {
                    seenNames.Add((nameKey, key));
                    names.BeginRow().String(nameKey).String(key).String(n).EndRow();
                }
            }

            // each local entity keeps its own mentions; the profile sums them per entity number
            var spans = new StringBuilder("[");
            foreach (var span in entity.Mentions)
            {
                spans.Append(spans.Length == 1 ? "[" : ",[").Append(span.Start).Append(',').Append(span.End).Append(']');
            }

            spans.Append(']');
            articleEntities.BeginArticleRow()
                .String(entity.Id)
                .String(key)
                .String(entity.Name)
                .String(entity.Roles.Count == 0 ? "[]" : JsonSerializer.Serialize(entity.Roles, StoreJsonContext.Default.IReadOnlyListString))
                .Number(entity.Mentions.Count)
                .Raw(spans.ToString())
                .EndRow();
        }

        var quotes = new JsonRows();
        foreach (var quote in report.Quotes)
        {
            string? speakerKey = quote.Speaker is { } s && keyOfLocalId.TryGetValue(s, out string? k) ? k : null;
            string? speakerName = quote.Speaker is { } id && nameOfLocalId.TryGetValue(id, out string? name) ? name : quote.SpeakerText;
            quotes.BeginArticleRow()
                .String(quote.Id).String(quote.Kind).String(quote.Text).Number(quote.Start).Number(quote.End)
                .String(speakerKey).String(speakerName).String(speakerName is null ? null : SqliteCorpusWriter.NameKey(speakerName))
                .String(quote.Cue).String(quote.Medium)
                .EndRow();
        }

        var claims = new JsonRows();
        var claimSources = new JsonRows();
        foreach (var claim in report.Claims)
        {
            claims.BeginArticleRow()
                .String(claim.Id).String(claim.Text).Number(claim.Start).Number(claim.End).String(claim.Status).Number(claim.Hedged ? 1 : 0)
                .EndRow();
            foreach (var source in claim.Sources)
            {
                string? key = source.Entity is { } id && keyOfLocalId.TryGetValue(id, out string? k) ? k : null;
                claimSources.BeginArticleRow().String(claim.Id).String(key).String(source.Text).String(source.Kind).EndRow();
            }
        }

        var events = new JsonRows();
        var participants = new JsonRows();
        foreach (var e in report.Events)
        {
            events.BeginArticleRow()
                .String(e.Id).String(e.Type).String(e.Mode)
                .Number(e.Trigger.Start).Number(e.Trigger.End).Number(e.Sentence.Start).Number(e.Sentence.End)
                .String(e.Place).String(e.Time).String(e.Modality).String(e.Claim)
                .EndRow();
            foreach (var (role, ids) in new[] { ("source", e.Source), ("target", e.Target) })
            {
                foreach (string id in ids)
                {
                    if (keyOfLocalId.TryGetValue(id, out string? key))
                    {
                        participants.BeginArticleRow().String(e.Id).String(role).String(key).EndRow();
                    }
                }
            }
        }

        var times = new JsonRows();
        foreach (var time in report.Times)
        {
            times.BeginArticleRow()
                .String(time.Id).String(time.Text).Number(time.Start).Number(time.End)
                .String(time.Value).String(time.Range?.Start).String(time.Range?.End).String(time.Certainty)
                .EndRow();
        }

        return new PreparedKnowledge
        {
            Entities = OrNull(entities),
            Names = OrNull(names),
            EntityKeys = seenKeys,
            NamePairs = seenNames,
            ArticleEntities = OrNull(articleEntities),
            Quotes = OrNull(quotes),
            Claims = OrNull(claims),
            ClaimSources = OrNull(claimSources),
            Events = OrNull(events),
            Participants = OrNull(participants),
            Times = OrNull(times),
        };
    }

    private static string? OrNull(JsonRows rows) => rows.Count == 0 ? null : rows.ToString();
}
