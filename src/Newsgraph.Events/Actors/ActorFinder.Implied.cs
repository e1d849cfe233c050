using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Actor rules of the events-f1b branch (2026-11-30): a counted quantity before a description
/// ("Thousands of protesters marched"), a nationality before a named group ("the Afghan Taliban"),
/// and the doers a protest noun implies ("the Hong Kong protests" are the protesters'). Each rule is
/// named for <see cref="EventStage.AblateVariable"/>; word lists are in <see cref="ImpliedCues"/>.
/// </summary>
internal sealed partial class ActorFinder
{
    /// <summary>Rule name: "Thousands of protesters marched" — the description after a quantity's "of" heads the subject.</summary>
    public const string QuantityOfRule = "quantity-of";

    /// <summary>Rule name: "The Afghan Taliban claimed" — a nationality or place right before a named group modifies it.</summary>
    public const string NationalityGroupRule = "nationality-group";

    /// <summary>Rule name: a protest read with a place as its doer, or with no doer, is the protesters' (<see cref="ProtestDoers"/>).</summary>
    public const string ProtestDoersRule = "protest-doers";

    private int[]? _protesterTokens;
    private string[]? _protesterIds;

    /// <summary>
    /// Why: "Thousands of protesters marched", "dozens of police officers stormed": after a quantity
    /// word, "of" does not open a prepositional phrase — the description is the head of the subject
    /// noun phrase (the quantity only counts it), so it may be the doer.
    /// </summary>
    private bool IsCountedHead(TokenMention mention)
    {
        if (!On(QuantityOfRule) || mention.Entity.Type != EntityType.Agent)
        {
            return false;
        }

        int of = mention.FirstToken - 1;
        if (of >= 0 && Lower(of) == "the")
        {
            of--;
        }

        return of >= 1 && Lower(of) == "of" && ImpliedCues.QuantityWords.Contains(Lower(of - 1));
    }

    /// <summary>
    /// Why: "The Afghan Taliban claimed", "Russia's Gazprom said": a nationality or country right
    /// before a named organisation is the group's modifier, as before a person's name ("Russian
    /// president Vladimir Putin"); the organisation acts, not the country. Only right before it
    /// (a possessive between): "that Britain would leave the EU" is a clause, not a modifier.
    /// </summary>
    private bool ModifiesNamedGroup(TokenMention modifier, TokenMention next) =>
        next.Entity.Type == EntityType.Org && On(NationalityGroupRule)
        && (next.FirstToken == modifier.EndToken
            || (next.FirstToken == modifier.EndToken + 1 && ActorCues.PossessiveMarkers.Contains(tokens[modifier.EndToken].TextOf(text))));

    /// <summary>
    /// Why: PLOVER's PROTEST is a civilian demonstration, done by people, never by a place; a place
    /// read as its doer is the place the protest is about ("Hong Kong unrest amid protests", "the
    /// Bangkok protests"): CAMEO codes a domestic protest as the opposition against the place's
    /// government, so the place is the target, and the doers are the protesters the article
    /// describes (a PROTESTER/DEMONSTRATOR agent, <see cref="ImpliedCues.ProtesterNouns"/>): the
    /// nearest such description before the trigger, else the first after it. Without such a
    /// description the event keeps no doer (and is dropped as before). Not done: filling the doer
    /// of every protest noun with no doer ("The protests began peacefully in June"); on the
    /// knowledge dev set (2026-11-30) that added retellings of the article's protest as events of
    /// their own (no match gained, a correct event lost to the per-article cap).
    /// </summary>
    private EventActors ProtestDoers(EventActors actors, TriggerMatch trigger, string type)
    {
        if (type != "PROTEST" || actors.Passive || !On(ProtestDoersRule))
        {
            return actors;
        }

        if (actors.Source.IsEmpty || !actors.Source.All(IsPlace))
        {
            return actors;
        }

        var target = actors.Target.IsEmpty ? actors.Source : actors.Target;
        return actors with { Source = ProtestersNear(trigger.Start) is { } protesters && !target.Contains(protesters) ? [protesters] : [], Target = target };
    }

    private bool IsPlace(string id) => entities.FirstOrDefault(e => e.Id == id) is { Type: EntityType.Gpe or EntityType.Loc };

    /// <summary>The protester description nearest before <paramref name="token"/>, else the first after it, or null.</summary>
    private string? ProtestersNear(int token)
    {
        if (_protesterTokens is null)
        {
            var starts = new List<int>();
            var ids = new List<string>();
            foreach (var m in mentions.All)
            {
                if (m.Entity.Type == EntityType.Agent && m.EndToken > 0 && ImpliedCues.ProtesterNouns.Contains(Lower(m.EndToken - 1)))
                {
                    starts.Add(m.FirstToken);
                    ids.Add(m.Entity.Id);
                }
            }

            _protesterTokens = [.. starts];
            _protesterIds = [.. ids];
        }

        if (_protesterTokens.Length == 0)
        {
            return null;
        }

        // Mentions are in text order: the last one before the trigger, else the first one.
        int at = Array.BinarySearch(_protesterTokens, token);
        int before = (at >= 0 ? at : ~at) - 1;
        return _protesterIds![before >= 0 ? before : 0];
    }
}
