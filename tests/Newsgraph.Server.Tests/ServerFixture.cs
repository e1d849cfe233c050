using Microsoft.AspNetCore.Builder;
using Newsgraph.Analysis;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.TestSupport;

namespace Newsgraph.Server.Tests;

/// <summary>
/// A corpus made by the real pipeline from the repo's sample pages plus a hostile page, served by a
/// real Kestrel on a loopback port chosen by the OS. Shared by the tests of a class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-123";

    /// <summary>A page whose title, text and attributes try every way of getting script into the UI.</summary>
    public const string HostilePage = """
        <!doctype html><html><head><title>Mayor &lt;script&gt;alert('t')&lt;/script&gt; "quoted" </title>
        <meta property="og:site_name" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
        <script>alert('head')</script></head><body><article>
        <h1>Mayor Jane Smith says &lt;script&gt;alert(1)&lt;/script&gt; is fine</h1>
        <p>"We will rebuild the bridge by June, &lt;img src=x onerror=alert(2)&gt;," Mayor Jane Smith told reporters in Springfield on Monday.</p>
        <p>The council said the &lt;/p&gt;&lt;script&gt;alert(3)&lt;/script&gt; plan was approved. Officials told Reuters the cost was disputed.</p>
        <script>document.write('x')</script><p onclick="alert(4)">Jane Smith added that <b>javascript:alert(5)</b> links would be removed.</p>
        </article></body></html>
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsgraph-server-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public string DbPath => Path.Combine(folder, "corpus.db");

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public ServerOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string pages = Path.Combine(folder, "pages");
        Directory.CreateDirectory(pages);
        foreach (string file in Directory.GetFiles(RepoPaths.InRepo("samples")))
        {
            File.Copy(file, Path.Combine(pages, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(pages, "hostile.html"), HostilePage);
        using (var store = SqliteCorpusStore.Open(DbPath))
        {
            await new IngestRunner(store, new PipelineArticleAnalyzer(() => AnalysisPipeline.CreateDefault()), new IngestOptions { Workers = 1 })
                .RunAsync([new FileSource([pages], 16 << 20)]);
        }

        Options = new ServerOptions
        {
            DatabasePath = DbPath,
            Urls = "http://127.0.0.1:0",
            ApiKey = ApiKey,
            MaxRequestBytes = 1 << 20,
            MaxStreamClients = 5,
            StreamPollInterval = TimeSpan.FromMilliseconds(200),
            ReadConnections = 2,
        };
        (app, Client, BaseAddress) = await StartAsync(Options);
    }

    public static async Task<(WebApplication App, HttpClient Client, Uri Base)> StartAsync(ServerOptions options)
    {
        var app = ServerSetup.Build(options);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        return (app, client, address);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // temp space is reclaimed anyway
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
