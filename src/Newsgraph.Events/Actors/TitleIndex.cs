using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Which person the article names with a title: "Ukrainian President Volodymyr Zelensky", "China's
/// ambassador to Britain Liu Xiaoming", or a role the entity stage recorded ("president", country UA).
/// A later bare title ("the Ukrainian president", "China's ambassador") then resolves to that person.
/// A (country, title) pair that two people share resolves to nobody.
/// </summary>
internal sealed class TitleIndex
{
    private readonly Dictionary<(string Country, string Title), string?> _people = [];

    public TitleIndex(string text, ImmutableArray<Token> tokens, MentionIndex mentions, ImmutableArray<Entity> entities)
    {
        foreach (var person in entities)
        {
            if (person.Type != EntityType.Person || person.Country is null)
            {
                continue;
            }

            foreach (string role in person.Roles)
            {
                string[] words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && ActorCues.TitleWords.Contains(words[^1]))
                {
                    Add(person.Country, Title(words.Length > 1 ? words[^2] : null, words[^1]), person.Id);
                }
            }
        }

        foreach (var mention in mentions.All)
        {
            if (mention.Entity.Type == EntityType.Person && TitleBefore(text, tokens, mentions, mention) is { } titled)
            {
                Add(titled.Country, titled.Title, mention.Entity.Id);
            }
        }
    }

    /// <summary>The person named elsewhere with <paramref name="title"/> of <paramref name="country"/>, or null.</summary>
    public string? Person(string country, string title) => _people.TryGetValue((country, title), out var id) ? id : null;

    /// <summary>A title phrase read at token <paramref name="at"/> ("president", "foreign minister"), and the token after it.</summary>
    public static (string Title, int End)? ReadTitle(string text, ImmutableArray<Token> tokens, int at, int limit)
    {
        if (at >= limit)
        {
            return null;
        }

        string first = tokens[at].TextOf(text).ToLowerInvariant();
        if (ActorCues.TitleWords.Contains(first))
        {
            return (first, at + 1);
        }

        if (ActorCues.TitleQualifiers.Contains(first) && at + 1 < limit)
        {
            string second = tokens[at + 1].TextOf(text).ToLowerInvariant();
            if (ActorCues.TitleWords.Contains(second))
            {
                return (Title(first, second), at + 2);
            }
        }

        return null;
    }

    private static string Title(string? qualifier, string head) =>
        qualifier is not null && ActorCues.TitleQualifiers.Contains(qualifier) ? qualifier + " " + head : head;

    /// <summary>"Ukrainian President [Zelensky]", "China's ambassador to Britain [Liu]": the owner's country and the title before a person's name.</summary>
    private static (string Country, string Title)? TitleBefore(string text, ImmutableArray<Token> tokens, MentionIndex mentions, TokenMention person)
    {
        int from = Math.Max(0, person.FirstToken - ActorCues.MaxTitleReach);
        for (int i = person.FirstToken - 1; i >= from; i--)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Punctuation) || text[tokens[i].Start] is '.' or ',' or ';' or ':')
            {
                return null;
            }

            string word = tokens[i].TextOf(text).ToLowerInvariant();
            if (!ActorCues.TitleWords.Contains(word))
            {
                // Only a posting may stand between a title and its name ("ambassador to Britain Liu");
                // any other word means the title belongs to another phrase ("the president to investigate Biden").
                if (mentions.At(i) is { Entity.Type: EntityType.Gpe or EntityType.Loc } posting)
                {
                    i = posting.FirstToken;
                    continue;
                }

                if (word is "to" or "in")
                {
                    continue;
                }

                return null;
            }

            string? qualifier = i > 0 ? tokens[i - 1].TextOf(text).ToLowerInvariant() : null;
            int ownerEnd = qualifier is not null && ActorCues.TitleQualifiers.Contains(qualifier) ? i - 1 : i;
            // The owner: a country or nationality right before the title, possibly possessive ("China's").
            int k = ownerEnd - 1;
            if (k >= 0 && ActorCues.PossessiveMarkers.Contains(tokens[k].TextOf(text)))
            {
                k--;
            }

            string? country = k >= 0 && mentions.At(k) is { } owner && owner.Entity.Type is EntityType.Gpe or EntityType.Norp
                ? owner.Entity.Country
                : person.Entity.Country;
            return country is null ? null : (country, Title(qualifier, word));
        }

        return null;
    }

    private void Add(string country, string title, string person)
    {
        var key = (country, title);
        if (_people.TryGetValue(key, out var existing) && existing != person)
        {
            _people[key] = null;
        }
        else
        {
            _people[key] = person;
        }
    }
}
