using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Finds actors named only by a description ("protesters", "Afghan police", "a federal jury") and
/// makes each distinct description an entity of type <see cref="EntityType.Agent"/>: its name is
/// the phrase, its sector the head noun's agent code (<see cref="AgentNouns"/>), its country the
/// nationality or place that modifies it. The stage keeps only those an event points at.
/// </summary>
internal static class AgentFinder
{
    /// <summary>Why: "anti-government protesters in Kabul" — a description's modifiers sit right before its head; more words are another phrase.</summary>
    private const int MaxModifiers = 3;

    /// <summary>Why: a hostile text of nothing but "police police …" must stay bounded.</summary>
    private const int MaxAgents = 500;

    /// <summary>Rule name of the definite re-mention merge (<see cref="EventStage.AblateVariable"/>).</summary>
    public const string DefiniteAgentRule = "definite-agent";

    /// <param name="definiteAnaphora">
    /// Why: "a 8-year-old Fort Worth girl … threatening the girl": a bare definite description
    /// ("the girl", "the officers") refers back to the last description with the same head noun,
    /// so it is a mention of that agent, not another one (switchable: <see cref="DefiniteAgentRule"/>).
    /// </param>
    public static ImmutableArray<Entity> Find(string text, ImmutableArray<Token> tokens, LowerWords words, MentionIndex named, bool definiteAnaphora = true)
    {
        var byName = new Dictionary<string, (string Name, string Sector, string? Country, List<EntityMention> Mentions)>(StringComparer.Ordinal);
        var lastByHead = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length && byName.Count < MaxAgents; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || named.At(i) is not null || !AgentNouns.Sectors.TryGetValue(words[i], out string? sector))
            {
                continue;
            }

            // "Judge Reed O'Connor", "Senator Cory Booker": a title before a name, not a described actor.
            if (i + 1 < tokens.Length && named.At(i + 1) is { Entity.Type: EntityType.Person })
            {
                continue;
            }

            // "police officers": the first noun modifies the second, which heads the phrase.
            if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && named.At(i + 1) is null && AgentNouns.Sectors.ContainsKey(words[i + 1]))
            {
                continue;
            }

            int first = i;
            while (first > 0 && i - first < MaxModifiers && tokens[first - 1].Kind == TokenKind.Word && named.At(first - 1) is null
                && (AgentNouns.Modifiers.Contains(words[first - 1]) || AgentNouns.Sectors.ContainsKey(words[first - 1])))
            {
                first--;
            }

            string? country = null;
            if (first > 0 && named.At(first - 1) is { Entity.Type: EntityType.Norp or EntityType.Gpe } place && place.EndToken == first)
            {
                if (IsGovernmentBody(words[i]) || IsArmedForce(sector) || (ActorCues.PersonNouns.Contains(words[i]) && place.FirstToken > 0 && words[place.FirstToken - 1] is "a" or "an"))
                {
                    // "the Afghan government" is Afghanistan, "US troops" the United States; "A New York man" is the person named next (ActorFinder.Resolve).
                    continue;
                }

                first = place.FirstToken;
                country = place.Entity.Country;
            }

            if (IsPredicate(tokens, words, named, first))
            {
                continue;
            }

            var mention = new EntityMention(tokens[first].Start, tokens[i].End);
            string name = text[mention.Start..mention.End];
            string key = name.ToLowerInvariant();
            if (definiteAnaphora && first == i && first > 0 && words[first - 1] == "the" && lastByHead.TryGetValue(words[i], out string? antecedent))
            {
                key = antecedent;
            }

            lastByHead[words[i]] = key;
            if (!byName.TryGetValue(key, out var agent))
            {
                agent = (name, sector, country, []);
                byName[key] = agent;
            }

            agent.Mentions.Add(mention);
        }

        int n = 0;
        return [.. byName.Values.Select(a => new Entity
        {
            Id = "a" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = EntityType.Agent,
            Name = a.Name,
            Key = "agent:" + (a.Country is null ? string.Empty : a.Country + "-") + a.Sector,
            Country = a.Country,
            Sector = a.Sector,
            Mentions = [.. a.Mentions],
        })];
    }

    /// <summary>"Vietnam is one of the region's most vocal critics": a copula before the phrase, within its noun phrase, makes it a predicate.</summary>
    private static bool IsPredicate(ImmutableArray<Token> tokens, LowerWords words, MentionIndex named, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - AgentNouns.MaxPredicateReach; k--)
        {
            if (tokens[k].Kind == TokenKind.Clitic)
            {
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word || named.At(k) is not null && !(k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Clitic))
            {
                return false;
            }

            string word = words[k];
            if (AgentNouns.Copulas.Contains(word))
            {
                return true;
            }

            if (AgentNouns.PhraseBreakers.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Why: the conventions code a state's armed forces by the state ("Roughly 13,000 US troops
    /// remain" → the United States), as CAMEO codes USAMIL under USA; police and courts are often
    /// local, so they stay described ("Hong Kong police").
    /// </summary>
    internal static bool IsArmedForce(string sector) => sector == "MIL";

    /// <summary>Why: a nationality's government word stands for the country itself (ActorCues.GovernmentWords).</summary>
    private static bool IsGovernmentBody(string head) =>
        ActorCues.GovernmentWords.Contains(head) || head is "official" or "authority" or "minister" or "ministers" or "diplomats" or "diplomat";
}
