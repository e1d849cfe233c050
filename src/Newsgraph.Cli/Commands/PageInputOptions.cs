using System.CommandLine;
using System.CommandLine.Parsing;
using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// The options every command that reads pages shares (<c>analyze</c>, <c>ingest</c>):
/// <c>--allow-private</c>, <c>--max-bytes</c> and <c>--threads</c>, their checks, and the input
/// limits they give.
/// </summary>
internal sealed class PageInputOptions
{
    private readonly Option<bool> allowPrivate = new("--allow-private")
    {
        Description = "Allow fetching URLs on loopback, private and link-local addresses (refused by default).",
    };

    private readonly Option<long?> maxBytes = new("--max-bytes")
    {
        Description = "Largest page accepted, in bytes (default 16 MiB); also caps decompressed size.",
    };

    private readonly Option<int?> threads = new("--threads")
    {
        Description = "Pages analysed in parallel (default: the number of cores).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(allowPrivate);
        command.Options.Add(maxBytes);
        command.Options.Add(threads);
        command.Validators.Add(Validate);
    }

    public bool AllowPrivate(ParseResult parse) => parse.GetValue(allowPrivate);

    public int Threads(ParseResult parse) => parse.GetValue(threads) ?? Environment.ProcessorCount;

    /// <summary>The default limits, with <c>--max-bytes</c> as the page cap (and at least as the decompressed cap).</summary>
    public InputLimits Limits(ParseResult parse)
    {
        var limits = InputLimits.Default;
        return parse.GetValue(maxBytes) is { } max
            ? limits with { MaxInputBytes = max, MaxDecompressedBytes = Math.Max(max, limits.MaxDecompressedBytes) }
            : limits;
    }

    private void Validate(CommandResult result)
    {
        if (result.GetValue(maxBytes) is <= 0)
        {
            result.AddError("--max-bytes must be a positive number of bytes.");
        }

        if (result.GetValue(threads) is <= 0)
        {
            result.AddError("--threads must be at least 1.");
        }
    }
}
