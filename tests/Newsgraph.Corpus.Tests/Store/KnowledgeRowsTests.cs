using Microsoft.Data.Sqlite;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class KnowledgeRowsTests
{
    /// <summary>Names with every character JSON escapes, an emoji, and a lone surrogate.</summary>
    private const string HostileName = "Ann \"Q\" O'Hara \\ \u0001\t\n 😀 \uD800 end";

    [Fact]
    public async Task Entity_rows_written_in_one_statement_store_names_and_roles_as_bound_parameters_would()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            var analyzer = new EnrichingAnalyzer(r => r with
            {
                Entities =
                [
                    new ReportEntity { Id = "e1", Type = "person", Name = HostileName, Roles = ["chair \"x\"", "ünï"], Mentions = [new ReportSpan(0, 3), new ReportSpan(10, 14)] },
                    new ReportEntity { Id = "e2", Type = "organization", Name = "Harbour Board" },
                ],
            });
            await TestCorpus.IngestAsync(store, analyzer, TestCorpus.Article("a", TestCorpus.WireStory));
            var profile = store.Entity(HostileName.Replace("\uD800", "\uFFFD", StringComparison.Ordinal))!;
            Assert.Equal(["chair \"x\"", "ünï"], profile.Roles);
            Assert.Equal(2, Assert.Single(profile.MentionsByMonth).Count);
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name = $bound, roles, mention_count, mentions FROM article_entities ORDER BY local_id";
        command.Parameters.AddWithValue("$bound", HostileName);
        using var r = command.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(1L, r.GetInt64(0));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<string>>(["chair \"x\"", "ünï"]), r.GetString(1));
        Assert.Equal((2L, "[[0,3],[10,14]]"), (r.GetInt64(2), r.GetString(3)));
        Assert.True(r.Read());
        Assert.Equal((0L, "[]"), (r.GetInt64(2), r.GetString(3)));
    }
}
