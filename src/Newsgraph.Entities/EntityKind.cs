namespace Newsgraph.Entities;

/// <summary>The entity types the report uses; the fast model learns Person, Org, Loc and Norp (Gpe vs Loc is split later by the gazetteer).</summary>
public enum EntityKind
{
    Person,
    Org,
    Loc,
    Norp,
    Gpe,
    Fac,
    Event,
    Product,
    Work,
}
