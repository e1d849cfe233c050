using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Actor rules added for recall (branch events-recall, 2026-11-29): each reads a construction
/// the nearest-name heuristic got wrong or left without an actor. Each rule has a name, so the
/// bench can switch it off (<see cref="EventStage.AblateVariable"/>) and measure what it adds.
/// </summary>
internal sealed partial class ActorFinder
{
    /// <summary>Rule names: <c>dash-aside</c>, <c>quoted-trigger</c>, <c>collective-anaphor</c>,
    /// <c>undergoer-frame</c>, <c>subordinate-it</c>, <c>prep-agent</c>, <c>region-country</c>, <c>role-org</c>, <c>host-officials</c>,
    /// <c>legislators-body</c>, <c>relative-passive</c>, <c>held-state</c> (events-recall2), <c>counted-group</c> (events-f1, 2026-11-30),
    /// <c>quantity-of</c>, <c>nationality-group</c>, <c>protest-doers</c> (events-f1b, 2026-11-30).</summary>
    public static readonly ImmutableArray<string> RecallRules =
        ["dash-aside", "quoted-trigger", "collective-anaphor", "undergoer-frame", "subordinate-it", "prep-agent", "region-country", "role-org", "host-officials",
         "legislators-body", "relative-passive", "held-state", CountedGroupRule,
         QuantityOfRule, NationalityGroupRule, ProtestDoersRule];

    /// <summary>Rules switched off for a bench ablation (<see cref="EventStage.AblateVariable"/>, read by the stage); null in normal use.</summary>
    public IReadOnlySet<string>? Disabled { get; init; }

    /// <summary>Place entities the places stage resolved to a place inside a country (not the country itself: ADM1, PPL …).</summary>
    public IReadOnlySet<string>? Regions { get; init; }

    private bool On(string rule) => Disabled?.Contains(rule) != true;

    /// <summary>
    /// The rules that refine an actor reading after it is made: a region attacked stands for its
    /// country; "stepped down as CEO" acts on the company.
    /// </summary>
    private EventActors Refine(EventActors actors, Sentence sentence, TriggerMatch trigger, string type)
    {
        actors = ProtestDoers(actors, trigger, type);
        if (type == "ASSAULT" && On("region-country") && Regions is { Count: > 0 } && !actors.Target.IsEmpty)
        {
            var mapped = actors.Target.Select(id => CountryOfRegion(id) is { } land && !actors.Source.Contains(land) ? land : id).Distinct().ToImmutableArray();
            actors = actors with { Target = mapped };
        }

        // The role noun itself may read as a described actor ("as chief executive"): the organisation replaces it.
        if (type == "RETREAT" && On("role-org") && RoleOrganisation(sentence, trigger.End, actors.Source) is { } org)
        {
            actors = actors with { Target = [org] };
        }

        if (On("host-officials") && DatelineCountry() is { } host)
        {
            actors = actors with
            {
                Source = HostFor(actors.Source, host, actors.Target),
                Target = HostFor(actors.Target, host, actors.Source),
            };
        }

        actors = actors with { Source = CountedGroupFor(actors.Source), Target = CountedGroupFor(actors.Target) };
        if (On("legislators-body") && LegislativeBody() is { } body)
        {
            actors = actors with
            {
                Source = MembersFor(actors.Source, body, actors.Target),
                Target = MembersFor(actors.Target, body, actors.Source),
            };
        }

        return actors;
    }

    /// <summary>
    /// Why: "Morrison begged lawmakers not to …" in a report on a hearing of the House Intelligence
    /// Committee: unqualified members of a legislature act as, and are addressed as, the one
    /// legislative body the article names (an event coder codes them by it). Only the plural nouns
    /// of <see cref="RecallCues.LegislatorNouns"/>, and only when the other side is not that body.
    /// </summary>
    private ImmutableArray<string> MembersFor(ImmutableArray<string> side, string body, ImmutableArray<string> other)
    {
        if (side.IsEmpty || other.Contains(body) || side.Contains(body))
        {
            return side;
        }

        return [.. side.Select(id => IsLegislators(id) ? body : id).Distinct()];
    }

    private bool IsLegislators(string id)
    {
        foreach (var m in mentions.All)
        {
            if (m.Entity.Id == id)
            {
                return m.Entity.Type == EntityType.Agent && RecallCues.LegislatorNouns.Contains(m.Entity.Name.Split(' ')[^1].ToLowerInvariant());
            }
        }

        return false;
    }

    /// <summary>
    /// The one organisation the article names as a legislature ("Congress", "the Senate", "the House
    /// Intelligence Committee"); null when it names none or several (then "lawmakers" is ambiguous).
    /// </summary>
    private string? LegislativeBody()
    {
        if (_legislature is { } known)
        {
            return known.Length == 0 ? null : known;
        }

        var bodies = entities.Where(e => e.Type == EntityType.Org && IsLegislatureName(e.Name)).Select(e => e.Id).Distinct().Take(2).ToList();
        _legislature = bodies.Count == 1 ? bodies[0] : string.Empty;
        return bodies.Count == 1 ? bodies[0] : null;
    }

    private static bool IsLegislatureName(string name)
    {
        if (RecallCues.ExecutiveSeats.Any(seat => name.Contains(seat, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RecallCues.LegislatureWords.Contains(w.ToLowerInvariant()));
    }

    private string? _legislature;

    /// <summary>
    /// "He's in custody", "the suspect remains in detention": a copula and "in" before a state of
    /// being held make the clause's subject the one held; the holder is not named in the clause.
    /// Null when the trigger is not such a state or no subject is named.
    /// </summary>
    private EventActors? HeldState(Sentence sentence, TriggerMatch trigger)
    {
        if (!On("held-state") || !RecallCues.HeldStates.Contains(Lower(trigger.Start)) || trigger.Start - 2 < sentence.FirstToken
            || Lower(trigger.Start - 1) != "in" || !RecallCues.StateCopulas.Contains(Lower(trigger.Start - 2)))
        {
            return null;
        }

        var held = SubjectSide(sentence, trigger.Start - 2);
        return held.IsEmpty ? null : new EventActors([], held, PlaceIn(sentence, held), true);
    }

    /// <summary>
    /// "hostages who had been held by the Taliban were released": the main passive has no agent of
    /// its own, and the nearest name before it is the by-agent of a passive relative clause on the
    /// subject. That agent is the doer's side (the holder releases); the subject before the relative
    /// pronoun undergoes. Returns the relative pronoun and the agent, or null.
    /// </summary>
    private (int Relative, string Agent)? RelativePassiveAgent(Sentence sentence, int triggerStart)
    {
        if (!On("relative-passive"))
        {
            return null;
        }

        for (int by = triggerStart - 1; by > sentence.FirstToken && by >= triggerStart - RecallCues.MaxRelativeClause; by--)
        {
            int named = by + 1 < sentence.EndToken && Lower(by + 1) == "the" ? by + 2 : by + 1;
            if (Lower(by) != "by" || mentions.At(named) is not { } agent || !IsActor(agent.Entity))
            {
                continue;
            }

            // The participle and its auxiliary before "by", then the relative pronoun: "who had been held by".
            for (int k = by - 1; k >= sentence.FirstToken && k >= by - RecallCues.MaxRelativeClause; k--)
            {
                if (RecallCues.RelativePronouns.Contains(Lower(k)))
                {
                    bool passive = Enumerable.Range(k + 1, by - k - 1).Any(i => ActorCues.PassiveAuxiliaries.Contains(Lower(i)));
                    return passive ? (k, Resolve(agent, sentence) is { Length: 1 } resolved ? resolved[0] : agent.Entity.Id) : null;
                }

                if (tokens[k].Kind != TokenKind.Word || mentions.At(k) is not null)
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Why: "Esper met with several top government officials" in a report datelined "HANOI,
    /// Vietnam (AP) —": officials and authorities the text does not qualify are the host country's
    /// (CAMEO codes them by where they act); an event coder reads them as that government. Only
    /// when the other side is not that country already.
    /// </summary>
    private ImmutableArray<string> HostFor(ImmutableArray<string> side, string host, ImmutableArray<string> other)
    {
        if (side.IsEmpty || other.Contains(host) || side.Contains(host))
        {
            return side;
        }

        return [.. side.Select(id => AgentKey(id) == RecallCues.UnqualifiedGovernmentKey ? host : id).Distinct()];
    }

    private string? AgentKey(string id)
    {
        foreach (var m in mentions.All)
        {
            if (m.Entity.Id == id)
            {
                return m.Entity.Type == EntityType.Agent ? m.Entity.Key : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the dateline ("HANOI, Vietnam (AP) —", "LONDON (Reuters) -"): the last place
    /// named before a parenthesis or dash within the article's first few tokens, when the article
    /// names that country as a country; else null.
    /// </summary>
    private string? DatelineCountry()
    {
        if (_dateline is { } known)
        {
            return known.Length == 0 ? null : known;
        }

        string? found = null;
        for (int d = 1; d < Math.Min(tokens.Length, RecallCues.MaxDatelineTokens); d++)
        {
            if (tokens[d].TextOf(text) != "(" && !IsDash(d))
            {
                continue;
            }

            // The dateline's last place before its close: "HANOI, Vietnam (AP)" → Vietnam.
            for (int k = d - 1; k >= 0; k--)
            {
                if (mentions.At(k) is { } place && PlaceTypes.Contains(place.Entity.Type) && place.Entity.Country is { } code)
                {
                    found = countries is not null && countries.Contains(place.Entity.Id) ? place.Entity.Id : NamedCountry(code);
                    break;
                }
            }

            break;
        }

        _dateline = found ?? string.Empty;
        return found;
    }

    private string? _dateline;

    /// <summary>
    /// Why: PLOVER and CAMEO code a state's territory as the state ("the occupation of Crimea" acts
    /// on Ukraine; the Phoenix country dictionaries list regions and cities under their country's
    /// code). A place the places stage resolved inside a country is mapped to the country's own
    /// entity when the article names that country; otherwise it stays.
    /// </summary>
    private string? CountryOfRegion(string id)
    {
        if (Regions is null || !Regions.Contains(id))
        {
            return null;
        }

        var entity = entities.FirstOrDefault(e => e.Id == id);
        return entity?.Country is { } code && NamedCountry(code) is { } land && land != id ? land : null;
    }

    /// <summary>
    /// "Neumann stepped down as CEO", "resigned as chairman of Globex": a resignation from a
    /// corporate role acts on the organisation the role belongs to — the one after "of/at", else
    /// the organisation the article is about (its most mentioned), since "as CEO" implies it.
    /// </summary>
    private string? RoleOrganisation(Sentence sentence, int triggerEnd, ImmutableArray<string> source)
    {
        int i = triggerEnd;
        if (i >= sentence.EndToken || Lower(i) != "as")
        {
            return null;
        }

        int limit = Math.Min(sentence.EndToken, i + 1 + RecallCues.MaxRoleWords);
        int role = -1;
        for (int k = i + 1; k < limit; k++)
        {
            if (RecallCues.OrganisationRoles.Contains(Lower(k)))
            {
                role = k;
            }
            else if (role >= 0 || tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        if (role < 0)
        {
            return null;
        }

        int next = role + 1;
        while (next < sentence.EndToken && RecallCues.OrganisationRoles.Contains(Lower(next)))
        {
            next++;
        }

        if (next + 1 < sentence.EndToken && Lower(next) is "of" or "at")
        {
            int at = next + 1 < sentence.EndToken && Lower(next + 1) == "the" ? next + 2 : next + 1;
            return mentions.At(at) is { Entity.Type: EntityType.Org } named ? named.Entity.Id : null;
        }

        return entities.Where(e => e.Type == EntityType.Org && !source.Contains(e.Id))
            .OrderByDescending(e => e.Mentions.Length)
            .FirstOrDefault()?.Id;
    }

    /// <summary>
    /// "The Palestinian Authority - which considers … - called for": a dash-delimited aside between
    /// subject and verb is skipped like a parenthesis; returns the opening dash, or null.
    /// </summary>
    private int? DashAsideOpening(Sentence sentence, int close)
    {
        if (!On("dash-aside") || !IsDash(close))
        {
            return null;
        }

        for (int k = close - 1; k > Math.Max(sentence.FirstToken, close - RecallCues.MaxAsideLength - 1); k--)
        {
            if (IsDash(k))
            {
                // Only an aside after a name: the subject must stand before the opening dash. An aside
                // of names alone renames the subject ("Arab states … - Egypt and Jordan - criticised"):
                // it is the subject, so it is not skipped.
                return mentions.At(k - 1) is not null && !NamesOnly(k + 1, close) ? k : null;
            }

            if (tokens[k].Kind == TokenKind.Quote || ActorCues.ClauseEnds.Contains(tokens[k].TextOf(text)) && !IsDash(k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether tokens [from, to) are only names joined by "and", commas or "the" (an apposition).</summary>
    private bool NamesOnly(int from, int to)
    {
        bool any = false;
        for (int k = from; k < to; k++)
        {
            if (mentions.At(k) is { } m)
            {
                any = true;
                k = m.EndToken - 1;
            }
            else if (Lower(k) is not ("and" or "," or "the" or "or"))
            {
                return false;
            }
        }

        return any;
    }

    private bool IsDash(int i) => tokens[i].TextOf(text) is "-" or "–" or "—" or "--";

    /// <summary>
    /// "said it \"regrets any decision\"", "would have \"objected\"": a quotation opening right at
    /// the trigger quotes the verb itself; the subject stands outside it, before the mark.
    /// </summary>
    private bool QuotedTrigger(Sentence sentence, int quote, int triggerStart) =>
        On("quoted-trigger") && quote == triggerStart - 1 && quote - 1 >= sentence.FirstToken && tokens[quote - 1].Kind == TokenKind.Word;

    /// <summary>
    /// "called for an emergency meeting of the body", "the company said": a definite collective
    /// noun stands for the last organisation named (other than the event's other side).
    /// </summary>
    private string? CollectiveAnaphor(int at, ImmutableArray<string> except)
    {
        if (!On("collective-anaphor") || !RecallCues.CollectiveNouns.Contains(Lower(at)) || at < 1 || Lower(at - 1) != "the")
        {
            return null;
        }

        return mentions.LastOf(at - 1, Organisations, except)?.Entity.Id;
    }

    private IReadOnlySet<string> Organisations => _organisations ??= entities.Where(e => e.Type == EntityType.Org).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _organisations;

    /// <summary>
    /// "when it posted a video", "because they refused": "it"/"they" as the subject of a
    /// subordinate clause is the main clause's subject (news keeps its topic as the subject), when
    /// that subject is not a person ("it" is not "he").
    /// </summary>
    private ImmutableArray<string>? SubordinateSubject(Sentence sentence, int pronoun)
    {
        if (!On("subordinate-it") || Lower(pronoun) is not ("it" or "they") || pronoun - 1 <= sentence.FirstToken
            || !RecallCues.Subordinators.Contains(Lower(pronoun - 1)))
        {
            return null;
        }

        var main = ClauseSubject(sentence, pronoun - 1);
        return !main.IsEmpty && main.All(id => entities.FirstOrDefault(e => e.Id == id) is not { Type: EntityType.Person }) ? main : null;
    }

    /// <summary>
    /// "on social media", "against riot police": a description after a preposition and one or two
    /// adjectives is still the preposition's object (the agent's own modifiers are in its mention).
    /// </summary>
    private bool IsModifiedPrepositionalObject(TokenMention mention)
    {
        if (!On("prep-agent") || mention.Entity.Type != EntityType.Agent)
        {
            return false;
        }

        for (int k = mention.FirstToken - 1, skipped = 0; k >= 0 && skipped <= RecallCues.MaxAdjectives; k--, skipped++)
        {
            string word = Lower(k);
            if (ActorCues.Prepositions.Contains(word))
            {
                return skipped > 0;
            }

            if (tokens[k].Kind != TokenKind.Word || mentions.At(k) is not null || char.IsUpper(text[tokens[k].Start])
                || ActorCues.ClauseBreakers.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "WeWork is the subject of an SEC inquiry", "the company faces a Justice Department probe":
    /// the clause's subject undergoes the nominal event, and the name right before the noun (or
    /// after "from"/"by") does it. Null when no such frame or no doer is named.
    /// </summary>
    private EventActors? UndergoerFrame(Sentence sentence, TriggerMatch trigger)
    {
        if (!On("undergoer-frame"))
        {
            return null;
        }

        int k = trigger.Start - 1;
        string? doer = null;
        if (k >= sentence.FirstToken && mentions.At(k) is { } modifier && IsActor(modifier.Entity) && !IsPossessive(modifier))
        {
            doer = Resolve(modifier, sentence) is { Length: 1 } resolved ? resolved[0] : modifier.Entity.Id;
            k = modifier.FirstToken - 1;
        }

        for (int skipped = 0; k >= sentence.FirstToken && skipped < RecallCues.MaxFrameGap; k--, skipped++)
        {
            if (IsFrame(sentence, k) || tokens[k].Kind != TokenKind.Word || mentions.At(k) is not null)
            {
                break;
            }
        }

        if (k < sentence.FirstToken || !IsFrame(sentence, k))
        {
            return null;
        }

        doer ??= Giver(sentence, trigger.End);
        if (doer is null)
        {
            return null;
        }

        int head = Lower(k) == "of" ? k - 1 : k;
        var undergoer = SubjectSide(sentence, head).Where(id => id != doer).ToImmutableArray();
        return undergoer.IsEmpty ? null : new EventActors([doer], undergoer, PlaceIn(sentence, undergoer.Add(doer)), false);
    }

    /// <summary>A verb of undergoing ("faces", "drew", "received") or "the subject/target of" at token <paramref name="k"/>.</summary>
    private bool IsFrame(Sentence sentence, int k) =>
        RecallCues.UndergoVerbs.Contains(Lower(k)) || ActorCues.ReceiveVerbs.Contains(Lower(k))
        || (Lower(k) == "of" && k - 1 >= sentence.FirstToken && RecallCues.UndergoerNouns.Contains(Lower(k - 1)));
}
