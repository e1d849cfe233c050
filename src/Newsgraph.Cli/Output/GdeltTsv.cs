using System.Globalization;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Stored events as rows shaped like the GDELT 2.0 event table (61 tab-separated columns, no
/// header, in GDELT's order). What Newsgraph does not produce (CAMEO actor codes, Goldstein scale,
/// tone, geocodes) is left empty; columns are documented in docs/corpus.md.
/// </summary>
internal static class GdeltTsv
{
    /// <summary>GDELT 2.0 event-table column names, for documentation and tests.</summary>
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>One row. <paramref name="number"/> is the event's GLOBALEVENTID (GDELT's ids are
    /// integers): its position in the export, from 1.</summary>
    public static string Row(StoredEvent e, long number)
    {
        var day = EventDates.Of(e);
        string? root = PloverCodes.CameoRoot(e.Type);
        var fields = new List<string?>(Columns.Length)
        {
            number.ToString(CultureInfo.InvariantCulture),
            day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            day?.ToString("yyyyMM", CultureInfo.InvariantCulture),
            day?.Year.ToString(CultureInfo.InvariantCulture),
            day is { } d ? (d.Year + ((d.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture) : null,
        };
        fields.AddRange(Actor(e.Sources));
        fields.AddRange(Actor(e.Targets));
        fields.AddRange(
        [
            e.Ordinal == 0 ? "1" : "0", // GDELT: the first event of the article's lead
            root, root, root,
            PloverCodes.Quad(e.Type)?.ToString(CultureInfo.InvariantCulture),
            null, "1", "1", "1", null,
        ]);
        fields.AddRange(Geo(null));
        fields.AddRange(Geo(null));
        fields.AddRange(Geo(e.Place));
        fields.Add(DateTimeOffset.TryParse(e.IngestedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var added)
            ? added.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            : null);
        fields.Add(e.Url);
        return string.Join('\t', fields.Select(Clean));
    }

    private static string[] ActorColumns(string prefix) =>
        [.. new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }.Select(c => prefix + c)];

    private static string[] GeoColumns(string prefix) =>
        [.. new[] { "_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID" }.Select(c => prefix + c)];

    /// <summary>The first actor's name (GDELT has one actor a side; the others are in PLOVER JSON), codes empty.</summary>
    private static string?[] Actor(IReadOnlyList<EventActor> actors) =>
        [null, actors.Count > 0 ? actors[0].Name : null, null, null, null, null, null, null, null, null];

    private static string?[] Geo(string? place) => [null, place, null, null, null, null, null, null];

    /// <summary>Tabs and line breaks would break the row: they become spaces.</summary>
    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.ReplaceLineEndings(" ").Replace('\t', ' ');
}
