using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>A gazetteer entry an entity may refer to, with the evidence that does not depend on context.</summary>
internal sealed class Candidate(GazetteerEntry entry)
{
    public GazetteerEntry Entry { get; } = entry;

    /// <summary>Name quality: 0 for the entry's own name under the entity's canonical name, negative otherwise.</summary>
    public double NameScore { get; set; } = double.NegativeInfinity;

    /// <summary>Found only under one of the entry's alternate names (another spelling or language).</summary>
    public bool AlternateOnly { get; set; } = true;

    public bool KeyMatch { get; set; }

    public bool QualifierMatch { get; set; }

    /// <summary>Prior and name evidence: what the candidate scores with no other place of the document known.</summary>
    public double Intrinsic { get; set; }
}
