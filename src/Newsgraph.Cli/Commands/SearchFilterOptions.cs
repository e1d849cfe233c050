using System.CommandLine;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>The filter options of <c>search</c> (and <c>export --query</c>), read into a <see cref="SearchQuery"/>.</summary>
internal sealed class SearchFilterOptions
{
    private readonly Option<string?> entity = new("--entity") { Description = "Only articles naming this entity (name or alias)." };
    private readonly Option<string?> site = new("--site") { Description = "Only articles from this site (name or host, e.g. nationalreview.com)." };
    private readonly Option<string?> from = CorpusOptions.Date("--from", "Only articles published on or after this date");
    private readonly Option<string?> to = CorpusOptions.Date("--to", "Only articles published on or before this date");
    private readonly Option<string?> eventType = new("--event-type") { Description = "Only articles reporting an event of this type." };
    private readonly Option<string?> speaker = new("--speaker") { Description = "Only articles quoting this speaker." };
    private readonly Option<string?> status = new("--status") { Description = "Only articles with a claim of this status." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { entity, site, from, to, eventType, speaker, status })
        {
            command.Options.Add(option);
        }
    }

    public void Validate(System.CommandLine.Parsing.CommandResult result)
    {
        CorpusOptions.ValidateDate(result, from);
        CorpusOptions.ValidateDate(result, to);
    }

    public SearchQuery Read(ParseResult parse, string? text) => new()
    {
        Text = text,
        Entity = parse.GetValue(entity),
        Site = parse.GetValue(site),
        From = CorpusOptions.ParseDate(parse.GetValue(from)),
        To = CorpusOptions.ParseDate(parse.GetValue(to)),
        EventType = parse.GetValue(eventType),
        Speaker = parse.GetValue(speaker),
        ClaimStatus = parse.GetValue(status),
    };
}
