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
        if (!passive && NominalAgent(sentence, trigger.End) is { } nominal)
        {
            // "the occupation by Russia of Crimea": the by-phrase of a noun is its doer, "of" its undergoer.
            return new EventActors(nominal.Agent, nominal.Undergoer, PlaceIn(sentence, nominal.Agent.Concat(nominal.Undergoer)), false);
        }

        var (after, place) = ObjectSide(sentence, trigger.End, passive);
        place ??= PlaceIn(sentence, before.Concat(after));
        return passive
            ? new EventActors(after, before, place, true)
            : new EventActors(before, after, place, false);
    }

    /// <summary>
    /// A trigger followed directly by "by" + a name that is not a passive verb is a noun with its
    /// agent ("the illegal occupation by Russia of Crimea", "an inquiry by the SEC into WeWork").
    /// </summary>
    private (ImmutableArray<string> Agent, ImmutableArray<string> Undergoer)? NominalAgent(Sentence sentence, int triggerEnd)
    {
        int i = triggerEnd;
        if (i >= sentence.EndToken || Lower(i) != "by")
        {
            return null;
        }

        i++;
        if (i < sentence.EndToken && Lower(i) == "the")
        {
            i++;
        }

        if (i >= sentence.EndToken || mentions.At(i) is not { } agent || !IsActor(agent.Entity))
        {
            return null;
        }

        ImmutableArray<string> undergoer = [];
        int limit = Math.Min(sentence.EndToken, agent.EndToken + 3);
        for (int k = agent.EndToken; k < limit; k++)
        {
            string word = Lower(k);
            if (word is "of" or "into" or "against" or "on" && k + 1 < sentence.EndToken)
            {
                int next = k + 1 < sentence.EndToken && Lower(k + 1) == "the" ? k + 2 : k + 1;
                if (next < sentence.EndToken && mentions.At(next) is { } other && IsActor(other.Entity))
                {
                    undergoer = [other.Entity.Id];
                }

                break;
            }
        }

        return ([agent.Entity.Id], undergoer);
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
        if (SharedSubjectJoiner(sentence, triggerStart) is int joiner && ClauseSubject(sentence, joiner) is { IsEmpty: false } shared)
        {
            return shared;
        }

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
                if (IsActor(mention.Entity) && (!IsPrepositionalObject(mention) || OwnsNoun(mention, triggerStart)))
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

    /// <summary>
    /// The index of the "and" that joins the trigger's verb phrase to an earlier one ("Vietnam is a
    /// critic of China's claims in the South China Sea and has accused Beijing"), or null.
    /// </summary>
    private int? SharedSubjectJoiner(Sentence sentence, int triggerStart)
    {
        for (int i = triggerStart - 1, skipped = 0; i > sentence.FirstToken && skipped <= 2; i--, skipped++)
        {
            string word = Lower(i);
            if (ActorCues.VerbPhraseJoiners.Contains(word))
            {
                // "Egypt and Jordan criticised" joins names, not verb phrases: the word before "and" is then a name.
                return mentions.At(i - 1) is null && mentions.At(triggerStart - 1) is null ? i : null;
            }

            if (!(ActorCues.Auxiliaries.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the clause that ends at <paramref name="end"/>: its first actor that is not a
    /// prepositional object or a modifier of a later name. A possessive counts ("Russia's foreign
    /// ministry warned": the conventions code a government body's act as its country's).
    /// </summary>
    private ImmutableArray<string> ClauseSubject(Sentence sentence, int end)
    {
        int start = sentence.FirstToken;
        for (int i = end - 1; i >= Math.Max(sentence.FirstToken, end - ActorCues.MaxSubjectDistance * 2); i--)
        {
            if (ActorCues.ClauseEnds.Contains(tokens[i].TextOf(text)) || tokens[i].Kind == TokenKind.Quote)
            {
                start = i + 1;
                break;
            }
        }

        for (int i = start; i < end; i++)
        {
            if (mentions.At(i) is not { } mention)
            {
                // A subordinate clause or an introductory phrase comes first: its names are not the subject.
                if (i > start && ActorCues.ClauseBreakers.Contains(Lower(i)))
                {
                    return [];
                }

                continue;
            }

            if (IsActor(mention.Entity) && !IsPrepositionalObject(mention) && !ModifiesNextName(mention, end))
            {
                return Coordinated(mention, backwards: false, start, end);
            }

            i = mention.EndToken - 1;
        }

        return [];
    }

    /// <summary>"on Trump's July 25 call": a possessive a few words before a (nominal) trigger owns it, even after a preposition.</summary>
    private bool OwnsNoun(TokenMention mention, int triggerStart) =>
        IsPossessive(mention) && triggerStart - (mention.EndToken + 1) <= ActorCues.MaxPossessiveGap;

    private bool IsPossessive(TokenMention mention) =>
        mention.EndToken < tokens.Length && ActorCues.PossessiveMarkers.Contains(tokens[mention.EndToken].TextOf(text));

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
                // "was accused of deceiving voters by changing its name": "by" + a gerund is a means, not an agent.
                if (i + 1 < limit && Lower(i + 1).EndsWith("ing", StringComparison.Ordinal) && mentions.At(i + 1) is null)
                {
                    break;
                }

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
