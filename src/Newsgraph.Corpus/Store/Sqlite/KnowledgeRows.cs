using System.Text;
using System.Text.Json;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Writes the queryable rows of one article's report: entities (one corpus-wide row per entity key,
/// its names and aliases, the article's mentions), quotes, claims and their sources, events and their
/// participants, times. Report ids are local to the article; corpus rows refer to entities by number.
/// </summary>
internal sealed class KnowledgeRows(SqliteCorpusWriter writer, long seq)
{
    private readonly Dictionary<string, long> entityOfLocalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nameOfLocalId = new(StringComparer.Ordinal);

    public void Write(AnalysisReport report)
    {
        var start = IngestPhaseTimes.Start(writer.Timings);
        var rows = new JsonRows();
        foreach (var entity in report.Entities)
        {
            WriteEntity(entity, rows);
        }

        if (rows.Count > 0)
        {
            // all article-entity rows of the article, mentions packed in, in one statement
            var insert = writer.Command("""
                INSERT OR IGNORE INTO article_entities(article_seq, local_id, entity_no, name, roles, mention_count, mentions)
                SELECT $seq, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5 FROM json_each($rows)
                """);
            SqliteCorpusWriter.Set(insert, "$seq", seq);
            SqliteCorpusWriter.Set(insert, "$rows", rows.ToString());
            insert.ExecuteNonQuery();
        }

        writer.Timings?.Stop(IngestPhase.Entities, start);
        start = IngestPhaseTimes.Start(writer.Timings);
        foreach (var quote in report.Quotes)
        {
            WriteQuote(quote);
        }

        foreach (var claim in report.Claims)
        {
            WriteClaim(claim);
        }

        foreach (var e in report.Events)
        {
            WriteEvent(e);
        }

        foreach (var time in report.Times)
        {
            var command = writer.Command("""
                INSERT OR IGNORE INTO times(article_seq, local_id, text, start, end, value, range_start, range_end, certainty)
                VALUES ($seq, $id, $text, $start, $end, $value, $rs, $re, $cert)
                """);
            SqliteCorpusWriter.Set(command, "$seq", seq);
            SqliteCorpusWriter.Set(command, "$id", time.Id);
            SqliteCorpusWriter.Set(command, "$text", time.Text);
            SqliteCorpusWriter.Set(command, "$start", time.Start);
            SqliteCorpusWriter.Set(command, "$end", time.End);
            SqliteCorpusWriter.Set(command, "$value", time.Value);
            SqliteCorpusWriter.Set(command, "$rs", time.Range?.Start);
            SqliteCorpusWriter.Set(command, "$re", time.Range?.End);
            SqliteCorpusWriter.Set(command, "$cert", time.Certainty);
            command.ExecuteNonQuery();
        }

        writer.Timings?.Stop(IngestPhase.Knowledge, start);
    }

    /// <summary>The corpus-wide identity of an entity: the key the entities stage gives (a knowledge
    /// base id) or, without one, its type and folded name.</summary>
    public static string CorpusKey(ReportEntity entity) =>
        string.IsNullOrWhiteSpace(entity.Key) ? entity.Type + ":" + SqliteCorpusWriter.NameKey(entity.Name) : entity.Key;

    private void WriteEntity(ReportEntity entity, JsonRows rows)
    {
        long number = writer.EntityNumber(CorpusKey(entity), entity.Type, entity.Name);
        entityOfLocalId[entity.Id] = number;
        nameOfLocalId[entity.Id] = entity.Name;

        var name = writer.Command("INSERT OR IGNORE INTO entity_names(name_key, entity_no, name) VALUES ($k, $e, $n)");
        foreach (string n in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(n))
            {
                continue;
            }

            string key = SqliteCorpusWriter.NameKey(n);
            if (!writer.NeedsNameRow(key, number))
            {
                continue;
            }

            SqliteCorpusWriter.Set(name, "$k", key);
            SqliteCorpusWriter.Set(name, "$e", number);
            SqliteCorpusWriter.Set(name, "$n", n);
            name.ExecuteNonQuery();
        }

        // each local entity keeps its own mentions; the profile sums them per entity number
        var spans = new StringBuilder("[");
        foreach (var span in entity.Mentions)
        {
            spans.Append(spans.Length == 1 ? "[" : ",[").Append(span.Start).Append(',').Append(span.End).Append(']');
        }

        spans.Append(']');
        rows.BeginRow()
            .String(entity.Id)
            .Number(number)
            .String(entity.Name)
            .String(entity.Roles.Count == 0 ? "[]" : JsonSerializer.Serialize(entity.Roles, StoreJsonContext.Default.IReadOnlyListString))
            .Number(entity.Mentions.Count)
            .Raw(spans.ToString())
            .EndRow();
    }

    private void WriteQuote(ReportQuote quote)
    {
        long? speaker = quote.Speaker is { } s && entityOfLocalId.TryGetValue(s, out long n) ? n : null;
        string? speakerName = quote.Speaker is { } id && nameOfLocalId.TryGetValue(id, out string? name) ? name : quote.SpeakerText;
        var command = writer.Command("""
            INSERT OR IGNORE INTO quotes(article_seq, local_id, kind, text, start, end, speaker_entity, speaker_name, speaker_key, cue, medium)
            VALUES ($seq, $id, $kind, $text, $start, $end, $se, $sn, $sk, $cue, $medium)
            """);
        SqliteCorpusWriter.Set(command, "$seq", seq);
        SqliteCorpusWriter.Set(command, "$id", quote.Id);
        SqliteCorpusWriter.Set(command, "$kind", quote.Kind);
        SqliteCorpusWriter.Set(command, "$text", quote.Text);
        SqliteCorpusWriter.Set(command, "$start", quote.Start);
        SqliteCorpusWriter.Set(command, "$end", quote.End);
        SqliteCorpusWriter.Set(command, "$se", speaker);
        SqliteCorpusWriter.Set(command, "$sn", speakerName);
        SqliteCorpusWriter.Set(command, "$sk", speakerName is null ? null : SqliteCorpusWriter.NameKey(speakerName));
        SqliteCorpusWriter.Set(command, "$cue", quote.Cue);
        SqliteCorpusWriter.Set(command, "$medium", quote.Medium);
        command.ExecuteNonQuery();
    }

    private void WriteClaim(ReportClaim claim)
    {
        var command = writer.Command("""
            INSERT OR IGNORE INTO claims(article_seq, local_id, text, start, end, status, hedged)
            VALUES ($seq, $id, $text, $start, $end, $status, $hedged)
            """);
        SqliteCorpusWriter.Set(command, "$seq", seq);
        SqliteCorpusWriter.Set(command, "$id", claim.Id);
        SqliteCorpusWriter.Set(command, "$text", claim.Text);
        SqliteCorpusWriter.Set(command, "$start", claim.Start);
        SqliteCorpusWriter.Set(command, "$end", claim.End);
        SqliteCorpusWriter.Set(command, "$status", claim.Status);
        SqliteCorpusWriter.Set(command, "$hedged", claim.Hedged ? 1 : 0);
        command.ExecuteNonQuery();

        var source = writer.Command("INSERT INTO claim_sources(article_seq, claim_id, entity_no, text, kind) VALUES ($seq, $claim, $e, $text, $kind)");
        foreach (var s in claim.Sources)
        {
            SqliteCorpusWriter.Set(source, "$seq", seq);
            SqliteCorpusWriter.Set(source, "$claim", claim.Id);
            SqliteCorpusWriter.Set(source, "$e", s.Entity is { } id && entityOfLocalId.TryGetValue(id, out long n) ? n : null);
            SqliteCorpusWriter.Set(source, "$text", s.Text);
            SqliteCorpusWriter.Set(source, "$kind", s.Kind);
            source.ExecuteNonQuery();
        }
    }

    private void WriteEvent(ReportEvent e)
    {
        var command = writer.Command("""
            INSERT OR IGNORE INTO events(article_seq, local_id, type, mode, trigger_start, trigger_end, sentence_start, sentence_end, place, time, modality, claim_id)
            VALUES ($seq, $id, $type, $mode, $ts, $te, $ss, $se, $place, $time, $modality, $claim)
            """);
        SqliteCorpusWriter.Set(command, "$seq", seq);
        SqliteCorpusWriter.Set(command, "$id", e.Id);
        SqliteCorpusWriter.Set(command, "$type", e.Type);
        SqliteCorpusWriter.Set(command, "$mode", e.Mode);
        SqliteCorpusWriter.Set(command, "$ts", e.Trigger.Start);
        SqliteCorpusWriter.Set(command, "$te", e.Trigger.End);
        SqliteCorpusWriter.Set(command, "$ss", e.Sentence.Start);
        SqliteCorpusWriter.Set(command, "$se", e.Sentence.End);
        SqliteCorpusWriter.Set(command, "$place", e.Place);
        SqliteCorpusWriter.Set(command, "$time", e.Time);
        SqliteCorpusWriter.Set(command, "$modality", e.Modality);
        SqliteCorpusWriter.Set(command, "$claim", e.Claim);
        command.ExecuteNonQuery();

        var participant = writer.Command("INSERT INTO event_participants(article_seq, event_id, role, entity_no) VALUES ($seq, $event, $role, $e)");
        foreach (var (role, ids) in new[] { ("source", e.Source), ("target", e.Target) })
        {
            foreach (string id in ids)
            {
                if (!entityOfLocalId.TryGetValue(id, out long n))
                {
                    continue;
                }

                SqliteCorpusWriter.Set(participant, "$seq", seq);
                SqliteCorpusWriter.Set(participant, "$event", e.Id);
                SqliteCorpusWriter.Set(participant, "$role", role);
                SqliteCorpusWriter.Set(participant, "$e", n);
                participant.ExecuteNonQuery();
            }
        }
    }
}
