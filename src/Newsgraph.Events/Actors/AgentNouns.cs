using System.Collections.Frozen;

namespace Newsgraph.Events.Actors;

/// <summary>
/// Head nouns that name a group or person by a description ("protesters", "gunmen", "the girl"),
/// each with its CAMEO/Phoenix agent sector code. Why: event coders (PLOVER, Phoenix, GDELT) code
/// such actors by sector rather than drop them, and news names many events' doers and undergoers
/// only this way ("Gunmen killed …", "police arrested …"). Codes are those of the Phoenix agents
/// dictionary (<c>events_phoenix_dictionaries/Phoenix.agents.txt</c>: POLICE [~COP], PROTESTER [~OPP],
/// LAWMAKER [~LEG] …); words the dictionary lacks are coded as it codes their nearest entry and
/// marked "(not in Phoenix)". Only common news words: a rare or ambiguous noun ("force", "party",
/// "people") would make every common noun an actor.
/// </summary>
internal static class AgentNouns
{
    /// <summary>Singular form → sector; plurals are generated (<see cref="Plural"/>) and irregular ones listed here too.</summary>
    private static readonly (string Word, string Sector)[] Entries =
    [
        // Police and security services.
        ("police", "COP"), ("policeman", "COP"), ("policewoman", "COP"), ("officer", "COP"), ("cop", "COP"),
        ("detective", "COP"), ("investigator", "COP"), // investigator: not in Phoenix; police work
        // Armed forces.
        ("soldier", "MIL"), ("troop", "MIL"), ("troops", "MIL"), ("army", "MIL"), ("military", "MIL"), ("forces", "MIL"),
        ("marine", "MIL"), ("paratrooper", "MIL"), ("sailor", "MIL"),
        // Unidentified armed groups (Phoenix UAF) and criminals.
        ("gunman", "UAF"), ("attacker", "UAF"), ("shooter", "UAF"), // gunman, attacker, shooter: not in Phoenix; armed and unidentified
        ("assailant", "CRM"), ("kidnapper", "CRM"), ("smuggler", "CRM"), ("trafficker", "CRM"), ("pirate", "CRM"),
        ("robber", "CRM"), ("thief", "CRM"), ("thieves", "CRM"), ("looter", "CRM"), ("killer", "CRM"), ("hacker", "CRM"),
        ("suspect", "CRM"),
        // Rebels and militants.
        ("rebel", "REB"), ("insurgent", "REB"), ("militant", "REB"), ("separatist", "REB"), ("guerrilla", "REB"),
        ("jihadist", "REB"), ("militiaman", "REB"), ("fighter", "REB"),
        // Opposition and protest.
        ("protester", "OPP"), ("protestor", "OPP"), ("demonstrator", "OPP"), ("activist", "OPP"), ("dissident", "OPP"),
        ("critic", "OPP"), ("opponent", "OPP"), ("striker", "LAB"), // critic, opponent: not in Phoenix; voices against
        // Legislators.
        ("lawmaker", "LEG"), ("legislator", "LEG"), ("senator", "LEG"), ("congressman", "LEG"), ("congresswoman", "LEG"),
        ("parliamentarian", "LEG"), ("mp", "LEG"),
        // Courts and lawyers.
        ("judge", "JUD"), ("jury", "JUD"), ("juror", "JUD"), ("prosecutor", "JUD"), ("lawyer", "JUD"), ("attorney", "JUD"),
        ("court", "JUD"), // jury, juror, attorney: not in Phoenix; courts
        // Government bodies named by description.
        ("official", "GOV"), ("authorities", "GOV"), ("regulator", "GOV"), ("diplomat", "GOV"), ("minister", "GOV"),
        // Media.
        ("journalist", "MED"), ("reporter", "MED"), ("media", "MED"),
        // Business and labour.
        ("investor", "BUS"), ("executive", "BUS"), ("shareholder", "BUS"), ("worker", "LAB"), ("employee", "LAB"),
        // Health, education, religion, refugees.
        ("doctor", "HLH"), ("nurse", "HLH"), ("student", "EDU"), ("teacher", "EDU"), ("professor", "EDU"),
        ("researcher", "EDU"), ("scientist", "CVL"), ("cleric", "REL"), ("refugee", "REF"), ("migrant", "CVL"),
        // Civilians and unnamed persons.
        ("civilian", "CVL"), ("resident", "CVL"), ("villager", "CVL"), ("citizen", "CVL"), ("voter", "CVL"),
        // "man"/"woman" (Phoenix MAN [~PPL]) are left out: news names the adults it reports on ("the man
        // who kidnapped the child, Michael Webb"), so the description stands for a person named nearby;
        // minors are often left unnamed, so "the girl", "the boy" stay.
        ("passenger", "CVL"), ("hostage", "CVL"), ("girl", "CVL"), ("boy", "CVL"),
        ("child", "CVL"), ("children", "CVL"), ("teenager", "CVL"), ("mob", "CVL"), ("crowd", "CVL"), ("user", "CVL"),
        ("supporter", "CVL"), ("farmer", "AGR"), // user, supporter: not in Phoenix; members of the public
    ];

    /// <summary>Lower-case surface form (singular or plural) → sector code.</summary>
    public static readonly FrozenDictionary<string, string> Sectors = Build();

    /// <summary>
    /// Why: words that narrow a description without changing who it is ("federal jury", "armed
    /// gunmen", "riot police", "Republican lawmakers"); they belong to the actor's name. An agent
    /// noun before the head modifies it too ("police officers", "student protesters").
    /// </summary>
    public static readonly FrozenSet<string> Modifiers = new[]
    {
        "federal", "local", "state", "armed", "masked", "unidentified", "unknown", "security", "riot", "border",
        "senior", "top", "foreign", "government", "opposition", "republican", "democratic", "conservative",
        "labour", "grand", "anti-government", "pro-democracy", "pro-government", "union", "health", "election",
        "defense", "defence", "intelligence",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Why: "Vietnam is one of the region's most vocal critics of China": a description after a
    /// copula says what the subject is (a predicate), it does not name another actor.
    /// </summary>
    public static readonly FrozenSet<string> Copulas = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes", "remain", "remains", "remained",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why: these open a new phrase or clause ("was withdrawn after protesters stormed", "abducted by gunmen"); a copula before them is not the description's.</summary>
    public static readonly FrozenSet<string> PhraseBreakers = new[]
    {
        "after", "before", "when", "while", "as", "by", "and", "or", "but", "that", "which", "who", "because", "since", "if",
        "said", "says", "told", "with", "against", "to", "for", "from", "on", "at", "in",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why: "one of the region's most vocal critics": the predicate's noun phrase is at most this long before its head.</summary>
    public const int MaxPredicateReach = 8;

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, sector) in Entries)
        {
            map.TryAdd(word, sector);
            map.TryAdd(Plural(word), sector);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The regular English plural, with -man → -men and consonant + y → -ies.</summary>
    internal static string Plural(string word) =>
        word.EndsWith("man", StringComparison.Ordinal) ? word[..^3] + "men"
        : word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('x') ? word + "es"
        : word + "s";
}
