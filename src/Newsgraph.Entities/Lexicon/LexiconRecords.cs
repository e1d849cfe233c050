namespace Newsgraph.Entities.Lexicon;

/// <summary>A country: ISO 3166 codes, its GeoNames id and its short English name ("North Korea").</summary>
internal sealed record CountryRecord(string Iso2, string Iso3, string GeonameId, string Name);

/// <summary>A nationality or group adjective ("North Korean", "Muslim"); Iso2 is null for a group with no one country.</summary>
internal sealed record NationalityRecord(string? Iso2, string Adjective);

/// <summary>A GeoNames place below country level: an admin-1 region or a city of 15,000+ people.</summary>
internal sealed record PlaceRecord(string GeonameId, string Iso2, string Name, long Population, bool IsCapital, bool IsRegion);

/// <summary>A Phoenix dictionary actor: its entry id, CAMEO code, and whether its names read as an organisation.</summary>
internal sealed record ActorRecord(string Id, string Code, bool IsOrg);
