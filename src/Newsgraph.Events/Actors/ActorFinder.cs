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
internal sealed partial class ActorFinder(
    string text, ImmutableArray<Token> tokens, LowerWords words, ImmutableArray<Sentence> sentences, MentionIndex mentions, ImmutableArray<Entity> entities, ImmutableArray<Quote> quotes,
    IReadOnlySet<string>? countries = null)
{
    private readonly TitleIndex _titles = new(text, tokens, mentions, entities);

    /// <summary>Why: irregular past participles that do not end in -ed/-en but head passives in news.</summary>
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "shot", "held", "hit", "struck", "caught", "sought", "sent", "met", "beat", "freed", "cut", "put", "led", "fought", "sentenced",
    };

    private static readonly HashSet<EntityType> PlaceTypes = [EntityType.Gpe, EntityType.Loc, EntityType.Fac];

    public EventActors Find(Sentence sentence, TriggerMatch trigger, string type) => Refine(FindCore(sentence, trigger, type), sentence, trigger, type);

    private EventActors FindCore(Sentence sentence, TriggerMatch trigger, string type)
    {
        if (PatientOwner(sentence, trigger) is { } patient)
        {
            // "Carlineo's sentencing", "his arrest": the owner undergoes the event; the doer is unnamed here.
            return new EventActors([], [patient], PlaceIn(sentence, [patient]), true);
        }

        if (HeldState(sentence, trigger) is { } held)
        {
            return held;
        }

        if (ReceiveVerb(sentence, trigger.Start) is int verb && Giver(sentence, trigger.End) is { } giver)
        {
            // "WeWork received a lifeline from SoftBank": the giver after "from" acts, the receiver undergoes.
            var receiver = Receiver(sentence, verb).Where(id => id != giver).ToImmutableArray();
            return new EventActors([giver], receiver, PlaceIn(sentence, receiver.Add(giver)), false);
        }

        if (UndergoerFrame(sentence, trigger) is { } undergone)
        {
            return undergone;
        }

        bool passive = IsPassive(sentence, trigger);
        var before = SubjectSide(sentence, trigger.Start);
        if (!passive && NominalAgent(sentence, trigger.End) is { } nominal)
        {
            // "the occupation by Russia of Crimea": the by-phrase of a noun is its doer, "of" its undergoer.
            return new EventActors(nominal.Agent, nominal.Undergoer, PlaceIn(sentence, nominal.Agent.Concat(nominal.Undergoer)), false);
        }

        var (after, place) = ObjectSide(sentence, trigger.End, passive, before);
        place ??= PlaceIn(sentence, before.Concat(after));
        if (passive && after.IsEmpty && RelativePassiveAgent(sentence, trigger.Start) is { } relative)
        {
            // "hostages who had been held by the Taliban were released": the relative clause's agent is the doer's side.
            var undergoer = SubjectSide(sentence, relative.Relative).Where(id => id != relative.Agent).ToImmutableArray();
            return new EventActors([relative.Agent], undergoer, PlaceIn(sentence, undergoer.Add(relative.Agent)), true);
        }

        if (passive && after.IsEmpty && type == "MOBILIZE")
        {
            // "the army could be deployed": forces are deployed by their own side; the manual codes them as the source.
            return new EventActors(before, [], place, false);
        }

        return passive
            ? new EventActors(after, before, place, true)
            : new EventActors(before, after, place, false);
    }

    /// <summary>The possessor of a patient noun trigger ("Webb's conviction", "his sentencing"), or null.</summary>
    private string? PatientOwner(Sentence sentence, TriggerMatch trigger)
    {
        if (!ActorCues.PatientNouns.Contains(Lower(trigger.Start)))
        {
            return null;
        }

        int from = Math.Max(sentence.FirstToken, trigger.Start - ActorCues.MaxPossessiveGap - 1);
        for (int i = trigger.Start - 1; i >= from; i--)
        {
            if (mentions.At(i) is { } owner)
            {
                return IsPossessive(owner) && IsActor(owner.Entity) ? owner.Entity.Id : null;
            }

            string word = Lower(i);
            if (ActorCues.PossessivePronouns.Contains(word))
            {
                return mentions.LastPersonBefore(i)?.Entity.Id;
            }

            if (tokens[i].Kind != TokenKind.Word && !ActorCues.PossessiveMarkers.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What a mention chosen as an actor stands for: "China's ambassador" → the person named with
    /// that title; "the Afghan government" → Afghanistan; "A New York man" → the person a following
    /// sentence names (or nobody: the place is not the actor). Otherwise the mention itself.
    /// </summary>
    private ImmutableArray<string>? Resolve(TokenMention mention, Sentence sentence)
    {
        var entity = mention.Entity;
        if (entity.Type is not (EntityType.Gpe or EntityType.Norp or EntityType.Loc))
        {
            return null;
        }

        int next = mention.EndToken;
        int limit = Math.Min(sentence.EndToken, next + 4);
        if (next < limit && Lower(next) is "-based" or "based")
        {
            next++;
        }

        if (next < limit && ActorCues.PersonNouns.Contains(Lower(next)) && mention.FirstToken > sentence.FirstToken - 1
            && mention.FirstToken - 1 >= 0 && Lower(mention.FirstToken - 1) is "a" or "an")
        {
            return DescribedPerson(sentence) is { } person ? [person] : [];
        }

        if (next < limit && ActorCues.PossessiveMarkers.Contains(tokens[next].TextOf(text)))
        {
            next++;
        }

        if (entity.Country is { } country && TitleIndex.ReadTitle(text, tokens, next, limit) is { } title
            && mentions.At(title.End) is not { Entity.Type: EntityType.Person } && _titles.Person(country, title.Title) is { } titled)
        {
            return [titled];
        }

        if (entity.Type == EntityType.Norp && entity.Country is { } people && IsPluralDemonym(mention) && NamedCountry(people) is { } land)
        {
            // "discussed the delay with the Ukrainians": a people acting as a party is its country (CAMEO codes UKRAINIANS as UKR).
            return [land];
        }

        if (entity.Type == EntityType.Norp && entity.Country is { } nation)
        {
            for (int i = next; i < limit && i < next + 2; i++)
            {
                if (ActorCues.GovernmentWords.Contains(Lower(i))
                    || (AgentNouns.Sectors.TryGetValue(Lower(i), out string? sector) && AgentFinder.IsArmedForce(sector)))
                {
                    return CountryEntity(nation, entity) is { } state ? [state] : null;
                }
            }
        }

        return null;
    }

    /// <summary>"Ukrainians", "the Americans": a nationality's plural noun form, not its adjective ("Ukrainian officials").</summary>
    private bool IsPluralDemonym(TokenMention mention)
    {
        string surface = text[tokens[mention.FirstToken].Start..tokens[mention.EndToken - 1].End];
        return surface.EndsWith('s') && !string.Equals(surface, mention.Entity.Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entity the places stage resolved as the country <paramref name="code"/>, or null.</summary>
    private string? NamedCountry(string code)
    {
        if (countries is null)
        {
            return null;
        }

        foreach (var e in entities)
        {
            if (e.Type == EntityType.Gpe && e.Country == code && countries.Contains(e.Id))
            {
                return e.Id;
            }
        }

        return null;
    }

    /// <summary>The place entity that is the country <paramref name="code"/>: the one named like the nationality ("Afghan" → Afghanistan), else the most mentioned.</summary>
    private string? CountryEntity(string code, Entity nationality)
    {
        Entity? best = null;
        string stem = nationality.Name.Length >= 4 ? nationality.Name[..4] : nationality.Name;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Gpe || e.Country != code)
            {
                continue;
            }

            if (e.Name.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return e.Id;
            }

            if (best is null || e.Mentions.Length > best.Mentions.Length)
            {
                best = e;
            }
        }

        return best?.Id;
    }

    /// <summary>"A New York man pleaded guilty …" — the person named first in one of the next sentences.</summary>
    private string? DescribedPerson(Sentence sentence)
    {
        int s = SentenceOfToken(sentence.FirstToken);
        for (int k = s + 1; k < sentences.Length && k <= s + ActorCues.DescriptionReachSentences; k++)
        {
            int first = sentences[k].FirstToken;
            if (first < tokens.Length && tokens[first].Kind == TokenKind.Quote)
            {
                first++;
            }

            if (mentions.At(first) is { Entity.Type: EntityType.Person } person)
            {
                return person.Entity.Id;
            }
        }

        return null;
    }

    /// <summary>"A New York man pleaded guilty to charges he threatened": a described person earlier in the sentence is "he".</summary>
    private string? DescriptionBefore(Sentence sentence, int token)
    {
        // Bounded like the subject search, so a hostile sentence full of "he" stays linear.
        for (int i = Math.Max(sentence.FirstToken, token - (ActorCues.MaxSubjectDistance * 2)); i < token; i++)
        {
            if (mentions.At(i) is { } m)
            {
                if (m.FirstToken == i && Resolve(m, sentence) is { Length: 1 } resolved && IsDescription(m))
                {
                    return resolved[0];
                }

                i = m.EndToken - 1;
            }
        }

        return null;
    }

    private bool IsDescription(TokenMention m) =>
        m.EndToken < tokens.Length && ActorCues.PersonNouns.Contains(Lower(m.EndToken)) && m.FirstToken > 0 && Lower(m.FirstToken - 1) is "a" or "an";

    /// <summary>The index of the sentence holding <paramref name="token"/> (the last one starting at or
    /// before it; sentences are in text order).</summary>
    private int SentenceOfToken(int token)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
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

    private string Lower(int i) => words[i];

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
        if (triggerStart - 1 > sentence.FirstToken && ActorCues.GerundSubordinators.Contains(Lower(triggerStart - 1))
            && Lower(triggerStart).EndsWith("ing", StringComparison.Ordinal)
            && ClauseSubject(sentence, triggerStart - 1) is { IsEmpty: false } governing)
        {
            return governing;
        }

        if (SharedSubjectJoiner(sentence, triggerStart) is int joiner && ClauseSubject(sentence, joiner) is { IsEmpty: false } shared)
        {
            return shared;
        }

        int limit = Math.Max(sentence.FirstToken, triggerStart - ActorCues.MaxSubjectDistance);
        for (int i = triggerStart - 1; i >= limit; i--)
        {
            var token = tokens[i];
            if (token.TextOf(text) == ")" && OpeningParenthesis(sentence, i) is int opening)
            {
                // "Kristi Noem (R) is defending": the aside is skipped, the subject lies before it.
                i = opening;
                continue;
            }

            if (DashAsideOpening(sentence, i) is int dash)
            {
                i = dash;
                continue;
            }

            if (token.Kind == TokenKind.Quote && QuotedTrigger(sentence, i, triggerStart))
            {
                continue;
            }

            if (token.Kind == TokenKind.Quote || ActorCues.ClauseEnds.Contains(token.TextOf(text)))
            {
                break;
            }

            if (mentions.At(i) is { } mention)
            {
                if (IsActor(mention.Entity) && (!IsPrepositionalObject(mention) || OwnsNoun(mention, triggerStart) || IsSubordinateSubject(mention, triggerStart)))
                {
                    return Resolve(mention, sentence) ?? Coordinated(mention, backwards: true, limit, sentence.EndToken);
                }

                i = mention.FirstToken;
                continue;
            }

            string word = Lower(i);
            if (SubordinateSubject(sentence, i) is { } main)
            {
                return main;
            }

            if (CollectiveAnaphor(i, []) is { } collective)
            {
                return [collective];
            }

            if (ActorCues.PersonPronouns.Contains(word))
            {
                if (DescriptionBefore(sentence, i) is { } described)
                {
                    return [described];
                }

                if (mentions.LastPersonBefore(i) is { } person)
                {
                    return [person.Entity.Id];
                }
            }

            if (ActorCues.ReportedSubjectPronouns.Contains(word) && ReportingClauseEnd(sentence, i) is int reporting
                && ClauseSubject(sentence, reporting) is { IsEmpty: false } reporter)
            {
                return reporter;
            }

            if (ActorCues.RelativePronouns.Contains(word))
            {
                // "the Taliban, who have long refused": the antecedent right before the pronoun is the subject.
                int antecedent = i - 1 >= sentence.FirstToken && tokens[i - 1].TextOf(text) == "," ? i - 2 : i - 1;
                return antecedent >= sentence.FirstToken && mentions.At(antecedent) is { } named && IsActor(named.Entity)
                    ? Resolve(named, sentence) ?? [named.Entity.Id]
                    : [];
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
                return Resolve(mention, sentence) ?? Coordinated(mention, backwards: false, start, end);
            }

            i = mention.EndToken - 1;
        }

        return [];
    }

    /// <summary>The index of a verb of receiving a few words before a nominal trigger ("received a lifeline", "won military backing"), or null.</summary>
    private int? ReceiveVerb(Sentence sentence, int triggerStart)
    {
        for (int k = triggerStart - 1; k >= Math.Max(sentence.FirstToken, triggerStart - ActorCues.MaxReceiveGap - 1); k--)
        {
            if (ActorCues.ReceiveVerbs.Contains(Lower(k)))
            {
                return k;
            }

            if (tokens[k].Kind != TokenKind.Word || mentions.At(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actor after "from" in the trigger's clause ("from investor SoftBank"), or null.</summary>
    private string? Giver(Sentence sentence, int triggerEnd)
    {
        int limit = Math.Min(sentence.EndToken, triggerEnd + ActorCues.MaxObjectDistance);
        for (int i = triggerEnd; i < limit; i++)
        {
            string word = Lower(i);
            if (ActorCues.ClauseEnds.Contains(word) || ActorCues.ClauseBreakers.Contains(word) || word == ",")
            {
                return null;
            }

            if (word != "from")
            {
                continue;
            }

            // A description may stand before the name ("from investor SoftBank", "from the US government").
            for (int k = i + 1; k < Math.Min(limit, i + 4); k++)
            {
                if (mentions.At(k) is { } giver)
                {
                    if (giver.Entity.Type == EntityType.Agent && mentions.At(giver.EndToken) is { Entity.Type: not EntityType.Agent })
                    {
                        // "from investor Globex": the description titles the name that follows it.
                        k = giver.EndToken - 1;
                        continue;
                    }

                    return IsActor(giver.Entity) ? Resolve(giver, sentence) is { Length: 1 } resolved ? resolved[0] : giver.Entity.Id : null;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Who receives: the subject of the receiving verb; after "after/before … receiving" that is the
    /// subject of the clause the gerund hangs on, which follows the comma when the gerund opens the sentence.
    /// </summary>
    private ImmutableArray<string> Receiver(Sentence sentence, int verb)
    {
        int subordinator = verb - 1;
        if (subordinator < sentence.FirstToken || !ActorCues.GerundSubordinators.Contains(Lower(subordinator)))
        {
            return SubjectSide(sentence, verb);
        }

        if (subordinator > sentence.FirstToken)
        {
            return ClauseSubject(sentence, subordinator);
        }

        int limit = Math.Min(sentence.EndToken, verb + ActorCues.MaxSubjectDistance * 2);
        for (int i = verb + 1; i < limit; i++)
        {
            if (tokens[i].TextOf(text) != ",")
            {
                continue;
            }

            for (int k = i + 1; k < Math.Min(limit, i + 4); k++)
            {
                if (mentions.At(k) is { } subject)
                {
                    return IsActor(subject.Entity) ? Resolve(subject, sentence) ?? [subject.Entity.Id] : [];
                }
            }

            return [];
        }

        return [];
    }

    /// <summary>The "(" that opens the parenthesis closed at <paramref name="close"/>, when it is short and in the sentence; else null.</summary>
    private int? OpeningParenthesis(Sentence sentence, int close)
    {
        for (int k = close - 1; k >= Math.Max(sentence.FirstToken, close - ActorCues.MaxParenthesisLength - 1); k--)
        {
            string t = tokens[k].TextOf(text);
            if (t == "(")
            {
                return k;
            }

            if (t == ")" || tokens[k].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the reporting verb right before the pronoun at <paramref name="pronoun"/> ("said
    /// it", "said that they"), or null.
    /// </summary>
    private int? ReportingClauseEnd(Sentence sentence, int pronoun)
    {
        int k = pronoun - 1;
        if (k > sentence.FirstToken && Lower(k) == "that")
        {
            k--;
        }

        return k > sentence.FirstToken && ActorCues.ReportingVerbs.Contains(Lower(k)) ? k : null;
    }

    /// <summary>
    /// "after Neumann stepped down", "after the Afghan government freed": a name after a
    /// subordinating preposition, followed by the trigger with only auxiliaries, adverbs, or the
    /// head noun of a government or title between, is the subordinate clause's subject.
    /// </summary>
    private bool IsSubordinateSubject(TokenMention mention, int triggerStart)
    {
        int before = mention.FirstToken - 1;
        if (before >= 0 && Lower(before) == "the")
        {
            before--;
        }

        if (before < 0 || !ActorCues.Subordinators.Contains(Lower(before)) || triggerStart - mention.EndToken > ActorCues.MaxSubordinateGap)
        {
            return false;
        }

        for (int k = mention.EndToken; k < triggerStart; k++)
        {
            string word = Lower(k);
            if (!(ActorCues.Auxiliaries.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal) || ActorCues.GovernmentWords.Contains(word)
                || ActorCues.TitleWords.Contains(word) || ActorCues.TitleQualifiers.Contains(word) || ActorCues.PossessiveMarkers.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"on Trump's July 25 call": a possessive a few words before a (nominal) trigger owns it, even after a preposition.</summary>
    private bool OwnsNoun(TokenMention mention, int triggerStart) =>
        IsPossessive(mention) && triggerStart - (mention.EndToken + 1) <= ActorCues.MaxPossessiveGap;

    private bool IsPossessive(TokenMention mention) =>
        mention.EndToken < tokens.Length && ActorCues.PossessiveMarkers.Contains(tokens[mention.EndToken].TextOf(text));

    private (ImmutableArray<string> Actors, string? Place) ObjectSide(Sentence sentence, int triggerEnd, bool passive, ImmutableArray<string> subject)
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
                // "the proceedings against him": an object pronoun is the last person named other than the subject.
                if ((!passive || afterBy) && ActorCues.ObjectPronouns.Contains(word) && (word == "him" || i + 1 >= limit || tokens[i + 1].Kind != TokenKind.Word)
                    && mentions.LastPersonBefore(i, subject) is { } person)
                {
                    return ([person.Entity.Id], place);
                }

                // "18 years after Washington invaded the country": "the country" is the last country named other than the subject.
                if ((!passive || afterBy) && countries is { Count: > 0 } && ActorCues.CountryNouns.Contains(word) && i > triggerEnd && Lower(i - 1) == "the"
                    && mentions.LastOf(i - 1, countries, subject) is { } country)
                {
                    return ([country.Entity.Id], place);
                }

                // "an emergency meeting of the body": a collective noun is the organisation last named.
                if ((!passive || afterBy) && i > triggerEnd && CollectiveAnaphor(i, subject) is { } body)
                {
                    return ([body], place);
                }

                // "threatened to use live ammunition on them": "them" is the group last described, nearby.
                if ((!passive || afterBy) && word == "them"
                    && mentions.LastAgentBefore(i, Math.Max(0, i - ActorCues.MaxThemReach), subject) is { } group)
                {
                    return ([group.Entity.Id], place);
                }

                continue;
            }

            if (PlaceTypes.Contains(mention.Entity.Type) && mention.FirstToken > 0 && ActorCues.PlacePrepositions.Contains(Lower(mention.FirstToken - 1)))
            {
                place ??= mention.Entity.Id;
                i = mention.EndToken - 1;
                continue;
            }

            // "the Ukrainian president to investigate Biden": a title stands for its person before any later name.
            if (!(passive && !afterBy) && IsActor(mention.Entity) && Resolve(mention, sentence) is { } resolved)
            {
                return (resolved, place);
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
                return next.Entity.Type == EntityType.Person || ModifiesNamedGroup(mention, next);
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
                || !IsActor(other.Entity) || (backwards && IsPrepositionalObject(other))
                || (!backwards && other.EndToken < tokens.Length && ActorCues.AttributionVerbs.Contains(Lower(other.EndToken))))
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

        return !IsCountedHead(mention) && ((before >= 0 && ActorCues.Prepositions.Contains(Lower(before))) || IsModifiedPrepositionalObject(mention));
    }

    /// <summary>Why: events happen between people, organisations, countries and groups (named, or described: agents), not works or products.</summary>
    private static bool IsActor(Entity entity) => entity.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp or EntityType.Loc or EntityType.Agent;

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
