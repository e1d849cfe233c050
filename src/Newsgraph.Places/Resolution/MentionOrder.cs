using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// Every entity mention of the document in text order, so the mention right before or after another
/// is one step away: what "Moscow, Russia" (a qualifier) and "Pier 33 in San Francisco" (a
/// container) need. Built once per document, O(n log n) in mentions.
/// </summary>
internal sealed class MentionOrder
{
    private readonly (int Start, int End, int Entity)[] mentions;
    private readonly Dictionary<(int Start, int Entity), int> positionOf = [];

    public MentionOrder(ImmutableArray<Entity> entities)
    {
        var all = new List<(int Start, int End, int Entity)>();
        for (int i = 0; i < entities.Length; i++)
        {
            foreach (var m in entities[i].Mentions)
            {
                all.Add((m.Start, m.End, i));
            }
        }

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        mentions = [.. all];
        for (int i = 0; i < mentions.Length; i++)
        {
            positionOf.TryAdd((mentions[i].Start, mentions[i].Entity), i);
        }
    }

    /// <summary>The mention that starts at or after <paramref name="mention"/>'s end, and its entity index.</summary>
    public (int Start, int End, int Entity)? Next(EntityMention mention, int entity)
    {
        if (!positionOf.TryGetValue((mention.Start, entity), out int i))
        {
            return null;
        }

        for (int j = i + 1; j < mentions.Length; j++)
        {
            if (mentions[j].Start >= mention.End)
            {
                return mentions[j];
            }

            if (j - i > 8)
            {
                break; // a pile of overlapping mentions: give up rather than scan
            }
        }

        return null;
    }

    /// <summary>The mention that ends at or before <paramref name="mention"/>'s start, and its entity index.</summary>
    public (int Start, int End, int Entity)? Previous(EntityMention mention, int entity)
    {
        if (!positionOf.TryGetValue((mention.Start, entity), out int i))
        {
            return null;
        }

        for (int j = i - 1; j >= 0 && i - j <= 8; j--)
        {
            if (mentions[j].End <= mention.Start)
            {
                return mentions[j];
            }
        }

        return null;
    }

    /// <summary>
    /// Mentions that end at or before <paramref name="mention"/>'s start, nearest first, at most
    /// <paramref name="limit"/> of them: what "the city's Hoa Lo prison" looks back through.
    /// </summary>
    public IEnumerable<(int Start, int End, int Entity)> Before(EntityMention mention, int entity, int limit)
    {
        if (!positionOf.TryGetValue((mention.Start, entity), out int i))
        {
            yield break;
        }

        for (int j = i - 1; j >= 0 && i - j <= limit; j--)
        {
            if (mentions[j].End <= mention.Start)
            {
                yield return mentions[j];
            }
        }
    }
}
