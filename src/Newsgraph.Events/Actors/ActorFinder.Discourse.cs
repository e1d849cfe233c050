using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Actor rules that read across sentences (branch events-f1, 2026-11-30): news introduces a group
/// by a description with a count in one sentence and names its members in the next.
/// </summary>
internal sealed partial class ActorFinder
{
    /// <summary>Rule name of <see cref="CountedGroupFor"/>, for <see cref="EventStage.AblateVariable"/>.</summary>
    public const string CountedGroupRule = "counted-group";

    private Dictionary<string, ImmutableArray<string>>? _countedGroups;

    /// <summary>
    /// Why: "Two hostages … were released. American Kevin King and Australian Timothy Weeks …
    /// were handed over": a described group introduced with a count is the people a following
    /// sentence opens with, when it names exactly that many, joined by "and" (an event coder codes
    /// the named people, not the description). A description with no count, or a count the names
    /// do not meet, stays as it is.
    /// </summary>
    private ImmutableArray<string> CountedGroupFor(ImmutableArray<string> side)
    {
        if (side.Length != 1 || !On(CountedGroupRule))
        {
            return side;
        }

        _countedGroups ??= new(StringComparer.Ordinal);
        if (!_countedGroups.TryGetValue(side[0], out var members))
        {
            members = NamedMembers(side[0]);
            _countedGroups[side[0]] = members;
        }

        return members.IsEmpty ? side : members;
    }

    /// <summary>The people that name a counted described group (<paramref name="id"/>), or empty.</summary>
    private ImmutableArray<string> NamedMembers(string id)
    {
        TokenMention? intro = null;
        foreach (var m in mentions.All)
        {
            if (m.Entity.Id == id)
            {
                intro = m;
                break;
            }
        }

        if (intro is not { Entity.Type: EntityType.Agent } group || group.FirstToken == 0
            || !RecallCues.CountWords.TryGetValue(Lower(group.FirstToken - 1), out int count))
        {
            return [];
        }

        int s = SentenceOfToken(group.FirstToken);
        for (int k = s + 1; k < sentences.Length && k <= s + ActorCues.DescriptionReachSentences; k++)
        {
            var people = OpeningPeople(sentences[k]);
            if (people.Count == count)
            {
                return [.. people];
            }
        }

        return [];
    }

    /// <summary>
    /// The people a sentence opens with: "American Kevin King and Australian Timothy Weeks", "Ann
    /// Lee, Bo Park and Cy Diaz" (a nationality or a title word before each is skipped).
    /// </summary>
    private List<string> OpeningPeople(Sentence sentence)
    {
        var people = new List<string>();
        int i = sentence.FirstToken;
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + RecallCues.MaxOpeningList);
        while (i < end)
        {
            if (mentions.At(i) is { Entity.Type: EntityType.Norp } nationality && nationality.FirstToken == i)
            {
                i = nationality.EndToken;
                continue;
            }

            if (mentions.At(i) is not { Entity.Type: EntityType.Person } person || person.FirstToken != i)
            {
                break;
            }

            if (!people.Contains(person.Entity.Id))
            {
                people.Add(person.Entity.Id);
            }

            i = person.EndToken;
            if (i < end && Lower(i) is "," or "and")
            {
                i++;
                if (i < end && Lower(i) == "and")
                {
                    i++;
                }

                continue;
            }

            return people;
        }

        // A list that does not end at its last name ("Lee, the mayor, …") is not a list of the people alone.
        return people.Count >= 2 && i < sentence.EndToken && mentions.At(i) is null ? people : [];
    }
}
