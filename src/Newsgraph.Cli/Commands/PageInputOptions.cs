using System.CommandLine;
using System.CommandLine.Parsing;
using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// The options every command that reads pages shares (<c>analyze</c>, <c>ingest</c>):
/// <c>--allow-private</c>, <c>--max-bytes</c>, <c>--time-limit</c> and <c>--threads</c>, their
/// checks, and the input limits they give.
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

    // Why an option: the 10 s default bounds hostile input, but a very large page on a slow or
    // heavily shared machine (or the first page, which also pays for loading the models) can
    // legitimately take longer, and the user should be able to say so rather than lose the layers.
    private readonly Option<double?> timeLimit = new("--time-limit")
    {
        Description = "Seconds one page may take to read and each stage may take to run (default 10).",
    };

    private readonly Option<int?> threads = new("--threads")
    {
        Description = "Pages analysed in parallel (default: the number of cores).",
    };

    private const double MaxTimeLimitSeconds = 86_400;

    public void AddTo(Command command)
    {
        command.Options.Add(allowPrivate);
        command.Options.Add(maxBytes);
        command.Options.Add(timeLimit);
        command.Options.Add(threads);
        command.Validators.Add(Validate);
    }

    public bool AllowPrivate(ParseResult parse) => parse.GetValue(allowPrivate);

    public int Threads(ParseResult parse) => parse.GetValue(threads) ?? Environment.ProcessorCount;

    /// <summary>The default limits, with <c>--max-bytes</c> as the page cap (and at least as the
    /// decompressed cap) and <c>--time-limit</c> as the per-read and per-stage budget.</summary>
    public InputLimits Limits(ParseResult parse)
    {
        var limits = InputLimits.Default;
        if (parse.GetValue(maxBytes) is { } max)
        {
            limits = limits with { MaxInputBytes = max, MaxDecompressedBytes = Math.Max(max, limits.MaxDecompressedBytes) };
        }

        return parse.GetValue(timeLimit) is { } seconds
            ? limits with { Timeout = TimeSpan.FromSeconds(seconds) }
            : limits;
    }

    private void Validate(CommandResult result)
    {
        if (result.GetValue(maxBytes) is <= 0)
        {
            result.AddError("--max-bytes must be a positive number of bytes.");
        }

        // Above a day is a typo, not a budget; TimeSpan would also overflow far beyond it.
        if (result.GetValue(timeLimit) is { } seconds && (!(seconds > 0) || seconds > MaxTimeLimitSeconds))
        {
            result.AddError($"--time-limit must be a number of seconds above 0 and at most {MaxTimeLimitSeconds:N0}.");
        }

        if (result.GetValue(threads) is <= 0)
        {
            result.AddError("--threads must be at least 1.");
        }
    }
}
