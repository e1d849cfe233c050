using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Writes re-clustering's moves inside the batch's transaction: a moved article takes its revisions
/// and its copies (and their revisions) along, since they share its story. Story rows left without
/// members are deleted here; the rest are refreshed when the transaction commits.
/// </summary>
internal static class SqliteStoryMoves
{
    /// <summary>Applies the moves; returns the story ids whose rows the commit must refresh.</summary>
    public static IReadOnlyList<string> Apply(SqliteCorpusWriter writer, IReadOnlyList<StoryMove> moves)
    {
        var refresh = new HashSet<string>(StringComparer.Ordinal);
        var left = new HashSet<string>(StringComparer.Ordinal);
        foreach (var move in moves)
        {
            var select = writer.Command("""
                SELECT seq FROM articles WHERE url IN (SELECT url FROM articles WHERE id = $id
                  UNION SELECT url FROM articles WHERE duplicate_of = $id)
                """);
            SqliteCorpusWriter.Set(select, "$id", move.ArticleId);
            var seqs = new List<long>();
            using (var r = select.ExecuteReader())
            {
                while (r.Read())
                {
                    seqs.Add(r.GetInt64(0));
                }
            }

            foreach (long seq in seqs)
            {
                var update = writer.Command("UPDATE articles SET story_id = $story WHERE seq = $seq");
                SqliteCorpusWriter.Set(update, "$story", move.ToStoryId);
                SqliteCorpusWriter.Set(update, "$seq", seq);
                update.ExecuteNonQuery();
                var delete = writer.Command("DELETE FROM story_members WHERE article_seq = $seq");
                SqliteCorpusWriter.Set(delete, "$seq", seq);
                delete.ExecuteNonQuery();
                var insert = writer.Command("INSERT OR IGNORE INTO story_members(story_id, article_seq) VALUES ($story, $seq)");
                SqliteCorpusWriter.Set(insert, "$story", move.ToStoryId);
                SqliteCorpusWriter.Set(insert, "$seq", seq);
                insert.ExecuteNonQuery();
            }

            left.Add(move.FromStoryId);
            refresh.Add(move.ToStoryId);
        }

        foreach (string story in left)
        {
            var remaining = writer.Command("SELECT 1 FROM story_members WHERE story_id = $story LIMIT 1");
            SqliteCorpusWriter.Set(remaining, "$story", story);
            if (remaining.ExecuteScalar() is not null)
            {
                refresh.Add(story);
                continue;
            }

            var delete = writer.Command("DELETE FROM stories WHERE id = $story");
            SqliteCorpusWriter.Set(delete, "$story", story);
            delete.ExecuteNonQuery();
            refresh.Remove(story);
        }

        return [.. refresh];
    }
}
