using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Actors;

/// <summary>Source and target entity ids and the place entity id found for a trigger.</summary>
internal sealed record EventActors(ImmutableArray<string> Source, ImmutableArray<string> Target, string? Place, bool Passive);

/// <summary>
/// A light, dependency-free reading of who did what to whom: the source is the nearest entity
/// mention before the trigger within its clause (not a prepositional object), the target the
/// nearest after it; "was attacked by X" swaps them. "He"/"she" stand for the last person named;
/// "we"/"I" inside a quotation stand for its speaker. Names joined by "and" form one compound actor.
/// </summary>
internal sealed class ActorFinder(string text, ImmutableArray<Token> tokens, MentionIndex mentions, ImmutableArray<Quote> quotes)
{
    /// <summary>Why: irregular past participles that do not end in -ed/-en but head passives in news.</summary>
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "shot", "held", "hit", "struck", "caught", "sought", "sent", "met", "beat", "freed", "cut", "put", "led", "fought", "sentenced",
    };

    private static readonly HashSet<EntityType> PlaceTypes = [EntityType.Gpe, EntityType.Loc, EntityType.Fac];

    public EventActors Find(Sentence sentence, TriggerMatch trigger)
    {
        bool passive = IsPassive(sentence, trigger);
        var before = SubjectSide(sentence, trigger.Start);
        var (after, place) = ObjectSide(sentence, trigger.End, passive);
        place ??= PlaceIn(sentence, before.Concat(after));
        return passive
            ? new EventActors(after, before, place, true)
            : new EventActors(before, after, place, false);
    }

    private string Lower(int i) => tokens[i].TextOf(text).ToLowerInvariant();

    private bool IsPassive(Sentence sentence, TriggerMatch trigger)
    {
        string head = Lower(trigger.Start);
        bool participle = head.EndsWith("ed", StringComparison.Ordinal) || head.EndsWith("en", StringComparison.Ordinal)
            || head.EndsWith("wn", StringComparison.Ordinal) || IrregularParticiples.Contains(head);
        if (!participle)
        {
            return false;
        }

        int skipped = 0;
        for (int i = trigger.Start - 1; i >= sentence.FirstToken && skipped <= ActorCues.MaxAdverbsInPassive; i--)
        {
            string word = Lower(i);
            if (ActorCues.PassiveAuxiliaries.Contains(word))
            {
                return true;
            }

            if (!(word.EndsWith("ly", StringComparison.Ordinal) || word is "not" or "also" or "being" or "allegedly"))
            {
                return false;
            }

            skipped++;
        }

        return false;
    }

    private ImmutableArray<string> SubjectSide(Sentence sentence, int triggerStart)
    {
        int limit = Math.Max(sentence.FirstToken, triggerStart - ActorCues.MaxSubjectDistance);
        for (int i = triggerStart - 1; i >= limit; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Quote || ActorCues.ClauseEnds.Contains(token.TextOf(text)))
            {
                break;
            }

            if (mentions.At(i) is { } mention)
            {
                if (!IsPrepositionalObject(mention) && IsActor(mention.Entity))
                {
                    return Coordinated(mention, backwards: true, limit, sentence.EndToken);
                }

                i = mention.FirstToken;
                continue;
            }

            string word = Lower(i);
            if (ActorCues.PersonPronouns.Contains(word) && mentions.LastPersonBefore(i) is { } person)
            {
                return [person.Entity.Id];
            }

            if (ActorCues.SpeakerPronouns.Contains(word) && SpeakerAt(token.Start) is { } speaker)
            {
                return [speaker];
            }

            if (ActorCues.ClauseBreakers.Contains(word) && word is not "that")
            {
                break;
            }
        }

        return [];
    }

    private (ImmutableArray<string> Actors, string? Place) ObjectSide(Sentence sentence, int triggerEnd, bool passive)
    {
        int limit = Math.Min(sentence.EndToken, triggerEnd + ActorCues.MaxObjectDistance);
        bool afterBy = false;
        string? place = null;
        for (int i = triggerEnd; i < limit; i++)
        {
            var token = tokens[i];
            string word = Lower(i);
            if (ActorCues.ClauseEnds.Contains(word) || (i > triggerEnd && ActorCues.ClauseBreakers.Contains(word) && word is not "that"))
            {
                break;
            }

            if (word == "by")
            {
                afterBy = true;
                continue;
            }

            if (mentions.At(i) is not { } mention)
            {
                continue;
            }

            if (PlaceTypes.Contains(mention.Entity.Type) && mention.FirstToken > 0 && ActorCues.PlacePrepositions.Contains(Lower(mention.FirstToken - 1)))
            {
                place ??= mention.Entity.Id;
                i = mention.EndToken - 1;
                continue;
            }

            // In the passive the object side is the "by" agent; a name before "by" is not it.
            // "Russian president Vladimir Putin": the nationality modifies the person, who is the target.
            if ((passive && !afterBy) || !IsActor(mention.Entity) || ModifiesNextName(mention, limit))
            {
                i = mention.EndToken - 1;
                continue;
            }

            var targets = Coordinated(mention, backwards: false, sentence.FirstToken, limit);
            return (ConjoinedLater(targets, mention.EndToken, limit), place);
        }

        return ([], place);
    }

    /// <summary>
    /// "criticized Biden's weakness and Trump's friendliness": a later name joined by "and" to the
    /// object phrase is a further target, unless a preposition governs it ("toward Kim").
    /// </summary>
    private ImmutableArray<string> ConjoinedLater(ImmutableArray<string> targets, int from, int limit)
    {
        var ids = targets.ToList();
        bool sawAnd = false;
        for (int i = from; i < limit && ids.Count < ActorCues.MaxTargets; i++)
        {
            string word = Lower(i);
            if (ActorCues.ClauseEnds.Contains(word) || ActorCues.ClauseBreakers.Contains(word) || tokens[i].Kind == TokenKind.Quote)
            {
                break;
            }

            if (word == "and")
            {
                sawAnd = true;
                continue;
            }

            if (mentions.At(i) is { } other)
            {
                if (sawAnd && IsActor(other.Entity) && !IsPrepositionalObject(other) && !ids.Contains(other.Entity.Id))
                {
                    ids.Add(other.Entity.Id);
                }

                sawAnd = false;
                i = other.EndToken - 1;
            }
        }

        return [.. ids];
    }

    private bool ModifiesNextName(TokenMention mention, int limit)
    {
        if (mention.Entity.Type is not (EntityType.Norp or EntityType.Gpe))
        {
            return false;
        }

        for (int i = mention.EndToken; i < Math.Min(limit, mention.EndToken + ActorCues.MaxTitleWords + 1); i++)
        {
            if (mentions.At(i) is { } next)
            {
                return next.Entity.Type == EntityType.Person;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private ImmutableArray<string> Coordinated(TokenMention first, bool backwards, int lowLimit, int highLimit)
    {
        var ids = new List<string> { first.Entity.Id };
        var current = first;
        for (int k = 0; k < 3; k++)
        {
            int joiner = backwards ? current.FirstToken - 1 : current.EndToken;
            int next = backwards ? joiner - 1 : joiner + 1;
            // "the UK and the US": allow one determiner after the joiner.
            if (!backwards && next < highLimit && Lower(next) == "the")
            {
                next++;
            }

            if (joiner < lowLimit || joiner >= highLimit || next < lowLimit || next >= highLimit
                || !ActorCues.Coordinators.Contains(Lower(joiner)) || mentions.At(next) is not { } other
                || !IsActor(other.Entity) || (backwards && IsPrepositionalObject(other)))
            {
                break;
            }

            if (!ids.Contains(other.Entity.Id))
            {
                ids.Add(other.Entity.Id);
            }

            current = other;
        }

        return [.. ids];
    }

    private string? PlaceIn(Sentence sentence, IEnumerable<string> actors)
    {
        var used = actors.ToHashSet(StringComparer.Ordinal);
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + 400);
        for (int i = sentence.FirstToken + 1; i < end; i++)
        {
            if (mentions.At(i) is { } m && m.FirstToken == i && PlaceTypes.Contains(m.Entity.Type)
                && !used.Contains(m.Entity.Id) && ActorCues.PlacePrepositions.Contains(Lower(i - 1)))
            {
                return m.Entity.Id;
            }
        }

        return null;
    }

    private bool IsPrepositionalObject(TokenMention mention)
    {
        int before = mention.FirstToken - 1;
        if (before >= 0 && Lower(before) == "the")
        {
            before--;
        }

        return before >= 0 && ActorCues.Prepositions.Contains(Lower(before));
    }

    /// <summary>Why: events happen between people, organisations, countries and groups, not works or products.</summary>
    private static bool IsActor(Entity entity) => entity.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp or EntityType.Loc;

    /// <summary>The speaker of the quotation around <paramref name="offset"/> (quotes are in text order: binary search).</summary>
    private string? SpeakerAt(int offset)
    {
        int lo = 0, hi = quotes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Quotes may nest or overlap a little; look at the few that start before the offset.
        for (int q = lo - 1; q >= 0 && q >= lo - 4; q--)
        {
            if (quotes[q].Start <= offset && offset < quotes[q].End)
            {
                return quotes[q].SpeakerEntity;
            }
        }

        return null;
    }
}
