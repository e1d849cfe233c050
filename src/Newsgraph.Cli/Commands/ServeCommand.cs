using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Newsgraph.Corpus.Store;
using Newsgraph.Server;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph serve</c>: the JSON API and the web UI over a corpus.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CorpusDatabase.Option();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5080; port 0 picks a free port).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "Key that write endpoints require (X-Api-Key header). Without a key writes are refused." };
        var apiKeyFile = new Option<FileInfo?>("--api-key-file") { Description = "Read the API key from this file (first line), so it stays out of the process list." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow URL analysis of loopback and private addresses." };
        var maxStreams = new Option<int>("--max-stream-clients") { Description = "Concurrent article-stream clients before new ones get 503 (default 100).", DefaultValueFactory = _ => 100 };
        var maxConnections = new Option<long>("--max-connections") { Description = "Open connections accepted at once; beyond it new ones are closed (default 15000, under the descriptor limit).", DefaultValueFactory = _ => 15_000 };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per minute per client address (default 6000; raise it for load tests)." };
        var command = new Command("serve", "Serve the JSON API (with an OpenAPI document at /openapi/v1.json) and the web UI over the corpus.")
        {
            db, urls, apiKey, apiKeyFile, allowPrivate, maxStreams, maxConnections, rateLimit,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(apiKey) is not null && result.GetValue(apiKeyFile) is not null)
            {
                result.AddError("Give --api-key or --api-key-file, not both.");
            }

            // a validator sees no default values, so only an explicit value is checked
            if (result.GetResult(maxStreams) is { Tokens.Count: > 0 } && result.GetValue(maxStreams) < 1)
            {
                result.AddError("--max-stream-clients must be at least 1.");
            }

            if (result.GetResult(maxConnections) is { Tokens.Count: > 0 } && result.GetValue(maxConnections) < 1)
            {
                result.AddError("--max-connections must be at least 1.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            string? key = parse.GetValue(apiKey);
            if (parse.GetValue(apiKeyFile) is { } file)
            {
                try
                {
                    key = File.ReadLines(file.FullName).FirstOrDefault()?.Trim();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await stderr.WriteLineAsync($"newsgraph: cannot read the API key file: {ex.Message}").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                if (string.IsNullOrEmpty(key))
                {
                    await stderr.WriteLineAsync("newsgraph: the API key file is empty.").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
            }

            var options = new ServerOptions
            {
                DatabasePath = parse.GetValue(db)!,
                Urls = parse.GetValue(urls)!,
                ApiKey = key,
                AllowPrivateUrls = parse.GetValue(allowPrivate),
                MaxStreamClients = parse.GetValue(maxStreams),
                MaxConnections = parse.GetValue(maxConnections),
            };
            if (parse.GetValue(rateLimit) is { } permits)
            {
                options = options with { RateLimitPermits = Math.Max(1, permits) };
            }

            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = ServerSetup.Build(options);
            }
            catch (CorpusStoreException ex)
            {
                await stderr.WriteLineAsync("newsgraph: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.StoreFailed;
            }

            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(ct).ConfigureAwait(false);
                foreach (string address in app.Urls)
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"newsgraph: serving {options.DatabasePath} on {address}" + (key is null ? " (read-only: no API key)" : string.Empty)).ConfigureAwait(false);
                }

                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
