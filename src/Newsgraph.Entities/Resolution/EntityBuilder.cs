using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Entities.Lexicon;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Turns merged clusters into report entities: ids in order of first mention, the canonical name
/// (the lexicon's for countries, nationalities and parties; otherwise the fullest form in the text),
/// the other surface forms as aliases (no case-only variants), a cross-document key, country,
/// sector, roles and affiliations.
/// </summary>
internal static class EntityBuilder
{
    public static ImmutableArray<Entity> Build(List<MentionMerger.Cluster> clusters, List<RoleFinder.Found> roles)
    {
        var rolesOf = roles.GroupBy(r => r.Cluster).ToDictionary(g => g.Key, g => g.ToList());
        var entities = ImmutableArray.CreateBuilder<Entity>(clusters.Count);
        for (int c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            var lexical = cluster.Mentions.FirstOrDefault(m => m.CanonicalName is not null);
            string name = lexical?.CanonicalName ?? cluster.Longest.Surface;
            name = OneLine(name);
            var aliases = cluster.Mentions
                .Select(m => OneLine(m.Surface))
                .Where(s => !string.Equals(s, name, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(s => s.ToUpperInvariant())
                .ToImmutableArray();
            string? country = cluster.Mentions.Select(m => m.Country).FirstOrDefault(x => x is not null);
            var found = rolesOf.GetValueOrDefault(c) ?? [];
            country ??= cluster.Type == EntityType.Person ? found.Select(r => r.Country).FirstOrDefault(x => x is not null) : null;
            entities.Add(new Entity
            {
                Id = "e" + (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = cluster.Type,
                Name = name,
                Aliases = aliases,
                Key = cluster.Mentions.Select(m => m.CrossKey).FirstOrDefault(k => k is not null) ?? KeyOf(cluster.Type, name),
                Roles = [.. found.Select(r => r.Role).Distinct(StringComparer.Ordinal)],
                Affiliations = [.. found.Where(r => r.AffiliationCluster is { } a && a != c)
                    .Select(r => "e" + (r.AffiliationCluster!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Distinct(StringComparer.Ordinal)],
                Country = country,
                Sector = cluster.Mentions.Select(m => m.Sector).FirstOrDefault(x => x is not null),
                Mentions = [.. cluster.Mentions.Select(m => new EntityMention(m.Start, m.End))],
            });
        }

        return entities.MoveToImmutable();
    }

    /// <summary>"person:kim-jong-un", "org:national-security-council".</summary>
    public static string KeyOf(EntityType type, string name) =>
        EntityTypeNames.Of(type).ToLowerInvariant() + ":" + NameKey.Slug(name);

    /// <summary>A name broken over a line in the text is one line in the report.</summary>
    private static string OneLine(string surface) =>
        surface.Contains('\n') || surface.Contains('\r') || surface.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', surface.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            : surface;
}
