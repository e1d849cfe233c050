using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Cues;

/// <summary>
/// Titles and roles that stand before a name ("White House spokesman John Kirby", "Gen. Mark
/// Milley"). From ../shared/data/attribution_lexicons/titles.txt (Wikipedia "Title") and the news
/// roles of person.hyponyms.txt that precede names in bylines and attributions. The speaker's name
/// is what follows the last of these; the role alone ("the spokesman") is resolved to the person
/// the text gave that role.
/// </summary>
internal static class RoleWords
{
    public static readonly WordSet Titles = new([
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Rev.", "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen", "Sen.", "Rep", "Rep.",
        "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Gov.", "Mayor", "Ambassador", "Envoy",
        "General", "Gen", "Gen.", "Lt", "Lt.", "Col", "Col.", "Maj", "Maj.", "Capt", "Capt.", "Cmdr", "Cmdr.", "Adm",
        "Adm.", "Sgt", "Sgt.", "Lieutenant", "Colonel", "Major", "Captain", "Commander", "Admiral", "Sergeant",
        "Chancellor", "Premier", "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Judge",
        "Justice", "Attorney", "Speaker", "Chairman", "Chairwoman", "Chair", "Chief", "Director", "Commissioner",
        "Inspector", "Detective", "Officer", "Deputy", "Press", "Foreign", "Defense", "Defence", "Interior",
        "Finance", "Health", "State", "Home", "Treasury", "Counsel", "Sheriff", "Constable", "Superintendent",
        "Leader", "Chief Executive", "CEO", "Founder", "Spokesman", "Spokeswoman", "Spokesperson", "Councillor",
        "Councilman", "Councilwoman", "Delegate", "Marshal", "Dean", "Rabbi", "Imam", "Sheikh", "Emir", "Sultan",
        "Crown", "Former", "Acting", "Administrator", "Coach", "Professor", "Co-founder", "Cofounder", "Senior", "Special", "National", "Security", "Adviser", "Advisor",
    ]);

    /// <summary>
    /// Lower-case words that may sit inside a speaker phrase: role nouns ("Taliban spokesman
    /// Zabihullah Mujahid"), group nouns ("US officials", "both sides") and the few adjectives that
    /// qualify sources ("a senior official", "U.S. and allied officials"). Any other lower-case word
    /// ends the phrase, since it is more often a verb.
    /// </summary>
    public static readonly WordSet Roles = new([
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "president", "leader", "minister", "secretary",
        "ambassador", "envoy", "chairman", "chairwoman", "chair", "commander", "chief", "director", "official",
        "officials", "adviser", "advisor", "aide", "aides", "attorney", "lawyer", "counsel", "candidate", "governor",
        "senator", "representative", "lawmaker", "lawmakers", "mayor", "general", "officer", "commissioner",
        "executive", "founder", "negotiator", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts",
        "fellow", "professor", "researcher", "economist", "host", "editor", "correspondent", "reporter", "source",
        "sources", "representative", "member", "members", "head", "deputy", "prosecutor", "prosecutors", "judge",
        "police", "officers", "investigators", "witness", "witnesses", "residents", "user", "users", "critics",
        "supporters", "protesters", "men", "women", "families", "students", "voters", "citizens", "settlers", "activists", "observers", "sides", "person", "people", "ministry",
        "department", "office", "agency", "military", "government", "administration", "company", "firm",
        "campaign", "party", "committee", "council", "statement", "report", "release", "spokesmen", "leaders",
        "presidential", "press", "senior", "former", "foreign", "top", "chief", "familiar", "matter", "anonymity",
        "mother", "father", "family", "wife", "husband", "son", "daughter", "brother", "sister", "friend", "neighbor",
        "neighbour", "victim", "counterpart", "coach", "manager", "owner", "employee", "employees", "worker",
        "workers", "staff", "team", "group", "organization", "organisation", "union", "court", "board", "authority",
        "authorities", "army", "forces", "troops", "navy", "media", "outlet", "newspaper", "agency", "broadcaster",
        "regulator", "watchdog", "insurgent", "local", "state", "federal", "national", "international", "unnamed",
        "anonymous", "allied", "western", "american", "independent", "private", "public", "military", "israeli", "palestinian", "defense", "defence", "interior", "health", "finance", "intelligence", "security", "u.s.",
    ]);

    /// <summary>Roles that name a spokesperson; an unnamed one is recorded as their organisation.</summary>
    public static readonly WordSet Spokespeople = new(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "representative"]);

    /// <summary>Heads of an organisation phrase: a phrase ending in one names an organisation, not a person.</summary>
    public static readonly WordSet OrganisationHeads = new([
        "ministry", "department", "office", "agency", "military", "government", "administration", "company", "firm",
        "campaign", "party", "committee", "council", "union", "court", "board", "authority", "authorities", "army",
        "forces", "navy", "police", "league", "nations", "commission", "house", "bureau", "service", "services",
        "institute", "foundation", "association", "network", "times", "post", "journal", "news", "press", "media",
        "kremlin", "pentagon", "forum", "group", "organization", "organisation", "bank", "fund", "corporation",
        "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "university", "school", "hospital", "center", "centre",
        "embassy", "parliament", "congress", "senate", "assembly", "cabinet", "guard", "command", "team",
        "statement", "report", "release", "reports", "taliban", "state", "states", "republic", "kingdom", "eu",
        "un", "nato", "fbi", "cia", "who", "reuters", "bloomberg", "politico", "examiner", "guardian", "telegraph",
        "herald", "tribune", "gazette", "bbc", "cnn", "ap", "afp", "agence", "france-presse", "leader", "korea",
        "russia", "china", "ukraine", "iran", "israel", "nato", "white",
    ]);

    /// <summary>Nouns for unnamed sources ("a senior official", "people familiar with the matter"), and the kind the report gives them.</summary>
    public static string? UnnamedKind(string headLower) => headLower switch
    {
        "official" or "officials" or "diplomat" or "diplomats" or "aide" or "aides" => SpeakerKinds.UnnamedOfficial,
        "source" or "sources" or "person" or "people" => SpeakerKinds.UnnamedSource,
        "spokesman" or "spokeswoman" or "spokesperson" or "spokespeople" or "spokesmen" or "representative" => SpeakerKinds.Spokesperson,
        "analyst" or "analysts" or "expert" or "experts" or "observers" => SpeakerKinds.UnnamedExpert,
        "report" or "reports" => SpeakerKinds.UnnamedReport,
        "user" or "users" => SpeakerKinds.SocialMediaUser,
        "witness" or "witnesses" or "residents" => SpeakerKinds.Witness,
        _ => null,
    };
}
