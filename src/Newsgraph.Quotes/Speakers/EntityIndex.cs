using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// The entity layer, when a stage produced it, as a look-up from a text span to the entity one of
/// whose mentions overlaps it. Mentions are sorted once; each look-up is a binary search.
/// </summary>
internal sealed class EntityIndex
{
    private readonly (int Start, int End, Entity Entity)[] mentions;
    private readonly string text;

    private EntityIndex((int, int, Entity)[] mentions, string text)
    {
        this.mentions = mentions;
        this.text = text;
    }

    public static EntityIndex? From(Document document)
    {
        if (!document.TryGet(EntityLayers.Entities, out ImmutableArray<Entity> entities) || entities.IsDefaultOrEmpty)
        {
            return null;
        }

        var all = entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, e))).OrderBy(m => m.Start).ToArray();
        return new EntityIndex(all, document.Text);
    }

    /// <summary>The entity with a mention overlapping [start, end), preferring the one that covers most of it.</summary>
    public Entity? At(int start, int end)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Mentions are sorted by start, not end; step back over a few that may still overlap.
        int from = Math.Max(0, lo - 4);
        Entity? best = null;
        int bestOverlap = 0;
        for (int i = from; i < mentions.Length && mentions[i].Start < end; i++)
        {
            int overlap = Math.Min(end, mentions[i].End) - Math.Max(start, mentions[i].Start);
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = mentions[i].Entity;
            }
        }

        return best;
    }

    /// <summary>
    /// The entity that a speaker or source phrase [start, end) names, or null when the overlapping
    /// mention is only a modifier of it: "Russian" in "the Russian foreign ministry", "US" in "US
    /// military", "Britain" in "China's ambassador to Britain" name someone else than the phrase.
    /// The mention must reach the phrase's last word (its head) and cover at least half of it, or
    /// follow a capitalised title ("Secretary of State Mike Pompeo": the title is not a modifier).
    /// </summary>
    public Entity? Naming(int start, int end)
    {
        if (At(start, end) is not { } entity)
        {
            return null;
        }

        foreach (var mention in entity.Mentions)
        {
            int overlap = Math.Min(end, mention.End) - Math.Max(start, mention.Start);
            if (overlap > 0 && mention.End >= end - HeadSlack && (overlap * 2 >= end - start || AfterCapitalizedWord(start, mention.Start)))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>True when the word just before <paramref name="at"/>, inside the phrase, is capitalised ("State Mike Pompeo", not "to Britain").</summary>
    private bool AfterCapitalizedWord(int phraseStart, int at)
    {
        int i = at - 1;
        while (i >= phraseStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        int wordEnd = i + 1;
        while (i >= phraseStart && char.IsLetter(text[i]))
        {
            i--;
        }

        return wordEnd > i + 1 && char.IsUpper(text[i + 1]);
    }

    /// <summary>Characters a mention may stop short of the phrase's end: a possessive "'s" or a closing period.</summary>
    private const int HeadSlack = 2;

    public bool IsPerson(int start, int end) => At(start, end)?.Type == EntityType.Person;
}
