namespace Newsgraph.Places.Gazetteer;

/// <summary>What kind of GeoNames entry a gazetteer record is.</summary>
public enum PlaceKind
{
    Country,
    Admin1,
    City,
}

/// <summary>One GeoNames entry: a country, an admin-1 region or a populated place.</summary>
public sealed record GazetteerEntry(
    long GeonameId,
    PlaceKind Kind,
    string CountryCode,
    string? Admin1,
    double Lat,
    double Lon,
    long Population,
    string FeatureCode,
    string Name)
{
    /// <summary>"CC.A1" for admin-1 grouping; null for a country or a place with no admin-1 code.</summary>
    public string? Admin1Key => string.IsNullOrEmpty(Admin1) ? null : CountryCode + "." + Admin1;

    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>A regional seat ("PPLA", "PPLA2" …) or the national capital.</summary>
    public bool IsSeat => FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) || IsCapital;
}

/// <summary>A gazetteer entry found under a name, and whether the name was one of its alternates.</summary>
public readonly record struct GazetteerHit(GazetteerEntry Entry, bool Alternate);
