namespace Newsgraph.Places.Resolution;

/// <summary>
/// The weights of a candidate's score (log10 population plus bonuses). The scale is one order of
/// magnitude of population per point, so each bonus says how many times more populous a rival must
/// be to win without that evidence.
/// </summary>
internal static class ScoringWeights
{
    /// <summary>A country named by its name is almost always the country (Georgia, Jordan, Chad).</summary>
    public const double Country = 2.5;

    /// <summary>National capitals are what news means by a bare city name (Washington, Moscow).</summary>
    public const double Capital = 1.5;

    /// <summary>Regional seats and admin-1 regions outrank same-named towns.</summary>
    public const double SeatOrRegion = 0.5;

    /// <summary>An alternate name (other spelling, former name) is weaker evidence than the entry's own name.</summary>
    public const double AlternateName = -1.5;

    /// <summary>A name found only among the entity's aliases, not its canonical name.</summary>
    public const double AliasOnly = -1.0;

    /// <summary>The entity stage already keyed the entity to this GeoNames id (its lexicon's population choice).</summary>
    public const double EntityKey = 0.5;

    /// <summary>"Moscow, Idaho", "Portland, Ore.": the text names the container outright.</summary>
    public const double Qualifier = 10.0;

    /// <summary>Another place, group or organisation of the document belongs to the candidate's country.</summary>
    public const double CountryContext = 1.5;

    /// <summary>Each further distinct piece of evidence for the same country, up to <see cref="MaxCountryEvidence"/>.</summary>
    public const double CountryContextEach = 0.75;

    public const int MaxCountryEvidence = 5;

    /// <summary>Another place of the document lies in the candidate's admin-1 region (Atlanta for Georgia, the state).</summary>
    public const double Admin1Context = 2.5;

    /// <summary>A country candidate whose neighbour the document names (Georgia next to Russia).</summary>
    public const double NeighbourContext = 1.0;

    /// <summary>
    /// An admin-1 region whose seat has the same name (Moscow the federal city, Tokyo, Berlin): the
    /// bare name is the city.
    /// </summary>
    public const double RegionNamedLikeItsSeat = -3.0;

    /// <summary>At most this many candidates per name, the most populous: bounds the work per mention.</summary>
    public const int MaxCandidates = 40;
}
