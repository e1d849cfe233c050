namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The committed gazetteer file (Models/places-gazetteer-v1.tsv.gz): gzip'd UTF-8, one record a
/// line, tab-separated, names in <see cref="PlaceNameKey"/> form and "|"-joined. Record kinds:
/// <list type="bullet">
/// <item><c>C id iso2 lat lon population name neighbours(,) keys</c>: a country (GeoNames countryInfo; centre from mledoze).</item>
/// <item><c>A id iso2 admin1 lat lon population name keys</c>: an admin-1 region (centre and population from its cities).</item>
/// <item><c>P id iso2 admin1 lat lon population featureCode name keys altKeys</c>: a populated place (cities15000).</item>
/// <item><c>D iso2 keys</c>: demonyms and nationality adjectives of a country.</item>
/// </list>
/// </summary>
public static class GazetteerFormat
{
    public const string FileName = "places-gazetteer-v1.tsv.gz";

    public const string ManifestFileName = "places-gazetteer-v1.manifest.json";

    public const string ResourceName = "Newsgraph.Places.places-gazetteer-v1.tsv.gz";

    public const string Header = "#places-gazetteer\t1";

    public const int Version = 1;
}
