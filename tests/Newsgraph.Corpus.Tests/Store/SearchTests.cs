using Newsgraph.Core.Report;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class SearchTests : IAsyncLifetime
{
    private readonly TempCorpus temp = new();
    private ICorpusStore store = null!;

    public async Task InitializeAsync()
    {
        store = temp.Open();
        var analyzer = new EnrichingAnalyzer(Knowledge);
        await TestCorpus.IngestAsync(store, analyzer,
            TestCorpus.Article("bridge-title", TestCorpus.WireStory, "Harbour bridge reopens", "2023-09-05", "harbour.example"),
            TestCorpus.Article("fund", TestCorpus.OtherStory + " The old bridge on the river road stays closed.", "Relief fund approved", "2023-09-20", "www.council.example"),
            TestCorpus.Article("ferry", "Ferry services will be cut now that the crossing has reopened, the operator said on Wednesday. Crews will move to the northern routes, where demand has grown since spring. A bridge toll is not planned.", "Ferries cut", "2023-10-02", "ferry.example"));
    }

    public Task DisposeAsync()
    {
        store.Dispose();
        temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void A_title_match_ranks_above_body_matches()
    {
        var results = store.Search(new SearchQuery { Text = "bridge" });
        Assert.Equal(3, results.Total);
        Assert.Equal("bridge-title", results.Hits[0].Id);
        Assert.Contains("[bridge]", results.Hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
    }

    [Fact]
    public void Filters_narrow_the_matches()
    {
        Assert.Equal(["fund"], Ids(new SearchQuery { Text = "bridge", Site = "council.example" }));
        Assert.Equal(["fund"], Ids(new SearchQuery { Text = "bridge", Site = "WWW.Council.example" }));
        Assert.Equal(["bridge-title", "fund"], Ids(new SearchQuery { Text = "bridge", From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30) }).Order());
        Assert.Equal(["bridge-title"], Ids(new SearchQuery { Entity = "alana whitfield" }));
        Assert.Equal(["bridge-title"], Ids(new SearchQuery { Entity = "Mayor Whitfield" }));
        Assert.Equal(["fund"], Ids(new SearchQuery { Speaker = "Priya Raman" }));
        Assert.Equal(["fund"], Ids(new SearchQuery { ClaimStatus = "Disputed" }));
        Assert.Equal(["bridge-title"], Ids(new SearchQuery { EventType = "reopen" }));
        Assert.Empty(Ids(new SearchQuery { Text = "bridge", Entity = "Nobody Known" }));
    }

    [Fact]
    public void A_described_actor_is_stored_as_an_agent_entity_with_its_sector_key()
    {
        Assert.Equal(["ferry"], Ids(new SearchQuery { Entity = "crews" }));

        var move = Assert.Single(store.ExportEvents(new SearchQuery { EventType = "MOBILIZE" }, CancellationToken.None));
        var crews = Assert.Single(move.Sources);
        Assert.Equal("AGENT", crews.Type);
        Assert.Equal("agent:LAB", crews.Key);
    }

    [Fact]
    public void Facets_count_sites_entities_and_event_types_of_the_matches()
    {
        var results = store.Search(new SearchQuery { Text = "bridge", Limit = 1 });
        Assert.Single(results.Hits);
        Assert.Equal(3, results.Facets.Sites.Sum(f => f.Count));
        Assert.Contains(results.Facets.Entities, f => f.Value == "Alana Whitfield" && f.Count == 1);
        Assert.Contains(results.Facets.EventTypes, f => f.Value == "reopen");
    }

    [Fact]
    public void Facets_count_only_the_best_matches_while_the_total_counts_all()
    {
        var results = Bounded(new SearchQuery { Text = "bridge", Limit = 1 }, new SearchLimits(RankWindow: 100, FacetWindow: 1, FilteredCountCap: 100));
        Assert.Equal(3, results.Total);
        Assert.False(results.TotalIsLowerBound);
        Assert.Equal("bridge-title", Assert.Single(results.Hits).Id);
        Assert.Equal(1, results.Facets.Sites.Sum(f => f.Count));
    }

    [Fact]
    public void A_common_word_is_ranked_among_its_newest_matches_only()
    {
        // ferry (2023-10-02) was stored last, fund before it: the oldest match falls outside a window of two
        var results = Bounded(new SearchQuery { Text = "bridge" }, new SearchLimits(RankWindow: 2, FacetWindow: 10, FilteredCountCap: 100));
        Assert.Equal(3, results.Total);
        Assert.Equal(["ferry", "fund"], results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void A_filtered_total_beyond_the_cap_is_a_lower_bound()
    {
        var query = new SearchQuery { Text = "bridge", From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30) };
        var capped = Bounded(query, new SearchLimits(RankWindow: 1, FacetWindow: 10, FilteredCountCap: 1));
        Assert.Equal(1, capped.Total);
        Assert.True(capped.TotalIsLowerBound);
        var exact = store.Search(query);
        Assert.Equal(2, exact.Total);
        Assert.False(exact.TotalIsLowerBound);
    }

    [Fact]
    public void Pages_follow_each_other_without_overlap()
    {
        var first = Ids(new SearchQuery { Text = "bridge", Limit = 2 });
        var second = Ids(new SearchQuery { Text = "bridge", Limit = 2, Offset = 2 });
        Assert.Equal(2, first.Count);
        Assert.Single(second);
        Assert.Empty(first.Intersect(second));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("bridge\" OR (")]
    [InlineData("NEAR(a b, 3) -x ^y col:z *")]
    [InlineData("")]
    public void Hostile_query_text_never_throws(string text)
    {
        var results = store.Search(new SearchQuery { Text = text });
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Stories_and_entity_profiles_come_from_the_stored_knowledge()
    {
        var profile = store.Entity("Whitfield")!;
        Assert.Equal("Alana Whitfield", profile.Name);
        Assert.Contains("Mayor Whitfield", profile.Aliases);
        Assert.Contains("mayor", profile.Roles);
        Assert.Equal("2023-09", Assert.Single(profile.MentionsByMonth).Value);
        Assert.Single(profile.Events);
        Assert.Null(store.Entity("Nobody Known"));

        var stories = store.Stories(new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 30), 0);
        Assert.Contains(stories, s => s.MemberIds.Contains("bridge-title"));
        Assert.DoesNotContain(stories, s => s.MemberIds.Contains("ferry"));
    }

    [Theory]
    [InlineData("bridge", null, "reopen", null)]
    [InlineData(null, null, "reopen", null)]
    [InlineData(null, "alana whitfield", null, null)]
    [InlineData("bridge", "Whitfield", null, null)]
    [InlineData(null, null, null, "disputed")]
    [InlineData("bridge", null, null, "disputed")]
    public void A_common_filter_value_probed_per_article_finds_what_a_listed_one_finds(string? text, string? entity, string? eventType, string? status)
    {
        var query = new SearchQuery { Text = text, Entity = entity, EventType = eventType, ClaimStatus = status };
        var listed = Bounded(query, SearchLimits.Default with { CommonValueRows = int.MaxValue });
        var probed = Bounded(query, SearchLimits.Default with { CommonValueRows = 1 });
        Assert.NotEmpty(listed.Hits);
        Assert.Equal(listed.Hits.Select(h => h.Id), probed.Hits.Select(h => h.Id));
        Assert.Equal(listed.Total, probed.Total);
        Assert.Equal(listed.Facets.Sites, probed.Facets.Sites);
        Assert.Equal(listed.Facets.Entities, probed.Facets.Entities);
        Assert.Equal(listed.Facets.EventTypes, probed.Facets.EventTypes);
    }

    [Theory]
    [InlineData("bridge", null, "reopen", null)]
    [InlineData(null, null, "reopen", null)]
    [InlineData(null, "alana whitfield", "reopen", null)]
    [InlineData("bridge", "Whitfield", null, null)]
    [InlineData(null, null, null, "disputed")]
    [InlineData("bridge", null, null, "disputed")]
    public void A_common_filter_value_held_in_memory_finds_what_a_listed_one_finds(string? text, string? entity, string? eventType, string? status)
    {
        var query = new SearchQuery { Text = text, Entity = entity, EventType = eventType, ClaimStatus = status };
        var listed = Bounded(query, SearchLimits.Default with { CommonValueRows = int.MaxValue });
        Assert.NotEmpty(listed.Hits);

        // probed at the first use, read into a set at the second, the set reused at the third
        for (int use = 1; use <= 3; use++)
        {
            var common = Bounded(query, SearchLimits.Default with { CommonValueRows = 1 });
            Assert.Equal(listed.Hits.Select(h => (h.Id, h.Score)), common.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(listed.Total, common.Total);
            Assert.Equal(listed.Facets.Entities, common.Facets.Entities);
            Assert.Equal(listed.Facets.EventTypes, common.Facets.EventTypes);
        }
    }

    [Fact]
    public async Task A_held_set_is_dropped_when_the_corpus_changes()
    {
        var query = new SearchQuery { Text = "bridge", ClaimStatus = "disputed" };
        var limits = SearchLimits.Default with { CommonValueRows = 1 };
        var before = Bounded(query, limits);
        Assert.Equal(before.Total, Bounded(query, limits).Total); // the set is held now

        await TestCorpus.IngestAsync(store, new EnrichingAnalyzer(Knowledge),
            TestCorpus.Article("bridge-late", "Priya Raman said the new bridge toll would be reviewed, and drivers disputed the figures on Friday. A review is due in spring.", "Bridge toll disputed", "2023-11-01", "late.example"));
        var after = Bounded(query, limits);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Contains(after.Hits, h => h.Id == "bridge-late");
    }

    [Fact]
    public void Dates_read_by_article_number_find_what_the_article_rows_find()
    {
        var september = new SearchQuery { From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30) };
        SearchQuery[] queries =
        [
            september with { Text = "bridge" },
            september,
            september with { Site = "council.example" },
            new SearchQuery { Text = "bridge", From = new DateOnly(2023, 9, 10) },
            new SearchQuery { Entity = "alana whitfield" },
            new SearchQuery { ClaimStatus = "disputed", To = new DateOnly(2023, 12, 31) },
        ];
        var byNumber = queries.Select(store.Search).ToList();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.DbPath};Pooling=false"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP INDEX {DeferredIndexes.SeqDateIndex}"; // a corpus built before the index
            drop.ExecuteNonQuery();
        }

        for (int i = 0; i < queries.Length; i++)
        {
            var byRow = store.Search(queries[i]);
            Assert.NotEmpty(byRow.Hits);
            Assert.Equal(byRow.Hits.Select(h => (h.Id, h.Score)), byNumber[i].Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(byRow.Total, byNumber[i].Total);
            Assert.Equal(byRow.Facets.Sites, byNumber[i].Facets.Sites);
        }
    }

    /// <summary>Every filter, alone and with words, as both filter builders write it: search checks
    /// article numbers (<see cref="SeqFilters"/>, a common value listed, probed or held in memory),
    /// export and event export check the article row (<see cref="SearchFilters"/>). Both must keep
    /// the same articles; a filter added to <see cref="SearchQuery"/> must be added here
    /// (<see cref="Every_search_filter_is_compared_with_export"/>).</summary>
    public static TheoryData<string> FilterCases() => [.. ExportCases.Keys];

    private static readonly Dictionary<string, SearchQuery> ExportCases = new()
    {
        ["site"] = new() { Site = "council.example" },
        ["site, other case and www"] = new() { Site = "WWW.Council.example" },
        ["site, no match"] = new() { Site = "nowhere.example" },
        ["from"] = new() { From = new DateOnly(2023, 9, 10) },
        ["to"] = new() { To = new DateOnly(2023, 9, 30) },
        ["from and to"] = new() { From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30) },
        ["entity name"] = new() { Entity = "alana whitfield" },
        ["entity alias"] = new() { Entity = "Mayor Whitfield" },
        ["agent entity"] = new() { Entity = "crews" },
        ["entity, unknown"] = new() { Entity = "Nobody Known" },
        ["event type"] = new() { EventType = "reopen" },
        ["event type, spaced"] = new() { EventType = " MOBILIZE " },
        ["speaker"] = new() { Speaker = "Priya Raman" },
        ["speaker, other case"] = new() { Speaker = "priya RAMAN" },
        ["claim status"] = new() { ClaimStatus = " Disputed" },
        ["site and dates"] = new() { Site = "harbour.example", From = new DateOnly(2023, 9, 1), To = new DateOnly(2023, 9, 30) },
        ["entity and event type"] = new() { Entity = "Whitfield", EventType = "reopen" },
        ["speaker and claim status"] = new() { Speaker = "Priya Raman", ClaimStatus = "disputed" },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Export_keeps_the_articles_search_finds(string name)
    {
        var articlesWithEvents = store.ExportEvents(null, default).Select(e => e.ArticleId).ToHashSet();
        foreach (var query in new[] { ExportCases[name], ExportCases[name] with { Text = "bridge" } })
        {
            var exported = store.Export(query, default).Select(a => a.Id).Order().ToList();
            var eventArticles = store.ExportEvents(query, default).Select(e => e.ArticleId).Distinct().Order().ToList();
            foreach (int commonValueRows in new[] { int.MaxValue, 1, 1, 1 })
            {
                // listed, then (a common value) probed, read into a set, and the set reused
                var found = Bounded(query with { Limit = 100 }, SearchLimits.Default with { CommonValueRows = commonValueRows });
                var ids = found.Hits.Select(h => h.Id).Order().ToList();
                Assert.Equal(ids, exported);
                Assert.Equal(ids.Count, found.Total);
                Assert.Equal(ids.Where(articlesWithEvents.Contains), eventArticles);
            }
        }
    }

    [Fact]
    public void Every_search_filter_is_compared_with_export()
    {
        string[] notFilters = [nameof(SearchQuery.Text), nameof(SearchQuery.Limit), nameof(SearchQuery.Offset), nameof(SearchQuery.Facets), nameof(SearchQuery.IsEmpty)];
        var empty = new SearchQuery();
        foreach (var property in typeof(SearchQuery).GetProperties().Where(p => !notFilters.Contains(p.Name)))
        {
            Assert.True(ExportCases.Values.Any(q => !Equals(property.GetValue(q), property.GetValue(empty))), $"no export case sets SearchQuery.{property.Name}");
        }
    }

    private SearchResults Bounded(SearchQuery query, SearchLimits limits) => ((SqliteCorpusStore)store).Search(query, limits);

    private List<string> Ids(SearchQuery query) => [.. store.Search(query).Hits.Select(h => h.Id)];

    /// <summary>What the later stages would find in the three articles.</summary>
    private static AnalysisReport Knowledge(AnalysisReport report)
    {
        string text = report.Article.Text;
        ReportSpan Span(string s)
        {
            int at = text.IndexOf(s, StringComparison.Ordinal);
            return new ReportSpan(at, at + s.Length);
        }

        if (text.Contains("Alana Whitfield", StringComparison.Ordinal))
        {
            return report with
            {
                Entities = [new ReportEntity { Id = "e1", Type = "person", Name = "Alana Whitfield", Aliases = ["Mayor Whitfield", "Whitfield"], Roles = ["mayor"], Mentions = [Span("Alana Whitfield")] }],
                Events = [new ReportEvent { Id = "v1", Type = "reopen", Trigger = Span("reopened"), Sentence = Span("The harbour bridge reopened"), Modality = "asserted", Source = ["e1"] }],
            };
        }

        if (text.Contains("Priya Raman", StringComparison.Ordinal))
        {
            return report with
            {
                Entities = [new ReportEntity { Id = "e1", Type = "person", Name = "Priya Raman", Mentions = [Span("Priya Raman")] }],
                Quotes = [new ReportQuote { Id = "q1", Kind = "indirect", Text = "grants of up to twenty thousand dollars would open in October", Speaker = "e1" }],
                Claims = [new ReportClaim { Id = "c1", Text = "the money would cover only a fraction of the losses", Status = "disputed" }],
            };
        }

        if (text.Contains("Crews will move", StringComparison.Ordinal))
        {
            // An actor named only by a description: the events stage's AGENT entity, keyed by its sector.
            return report with
            {
                Entities = [new ReportEntity { Id = "a1", Type = "AGENT", Name = "Crews", Key = "agent:LAB", Mentions = [Span("Crews")] }],
                Events = [new ReportEvent { Id = "v1", Type = "MOBILIZE", Trigger = Span("move"), Sentence = Span("Crews will move to the northern routes"), Modality = "planned", Source = ["a1"] }],
            };
        }

        return report;
    }
}
