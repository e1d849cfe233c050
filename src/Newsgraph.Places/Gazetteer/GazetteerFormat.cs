namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The committed gazetteer file (Models/places-gazetteer-v2.bin): a <see cref="Newsgraph.Core.Models.KeyedRecordFile"/>
/// whose records are the lines of the format-1 text file and whose key tables are
/// <see cref="PlaceGazetteer"/>'s look-ups, so loading builds nothing (docs/places.md, "Gazetteer file").
/// Format 1 (places-gazetteer-v1.tsv.gz, still read) is gzip'd UTF-8, one record a line,
/// tab-separated, names in <see cref="PlaceNameKey"/> form and "|"-joined. Record kinds:
/// <list type="bullet">
/// <item><c>C id iso2 lat lon population name neighbours(,) keys</c>: a country (GeoNames countryInfo; centre from mledoze).</item>
/// <item><c>A id iso2 admin1 lat lon population name keys</c>: an admin-1 region (centre and population from its cities).</item>
/// <item><c>P id iso2 admin1 lat lon population featureCode name keys altKeys</c>: a populated place (cities15000).</item>
/// <item><c>D iso2 keys</c>: demonyms and nationality adjectives of a country.</item>
/// </list>
/// </summary>
public static class GazetteerFormat
{
    public const string FileName = "places-gazetteer-v2.bin";

    public const string ManifestFileName = "places-gazetteer-v2.manifest.json";

    public const string ResourceName = "Newsgraph.Places.places-gazetteer-v2.bin";

    public const string Header = "#places-gazetteer\t2";

    public const int Version = 2;

    /// <summary>The format-1 text file, read by converting it in memory (and by `newsgraph-bench places-upgrade-gazetteer`).</summary>
    public const string TextFileName = "places-gazetteer-v1.tsv.gz";

    public const string TextManifestFileName = "places-gazetteer-v1.manifest.json";

    public const string TextHeader = "#places-gazetteer\t1";

    public const int TextVersion = 1;
}
