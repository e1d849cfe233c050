namespace Newsgraph.Quotes.Cues;

/// <summary>
/// Words that mark a news outlet ("told the BBC", "told US media", "according to the Washington
/// Examiner"). When a speaker talks to an outlet, the outlet is the nearest link of the source chain;
/// when an outlet "reported", officials it cites in the next sentences are the original source.
/// Audiences that are not outlets (reporters, lawmakers, the committee) never become sources.
/// </summary>
internal static class MediaWords
{
    public static readonly WordSet Names = new([
        "media", "news", "times", "post", "journal", "bbc", "cnn", "reuters", "ap", "afp", "agence", "france-presse",
        "press", "hill", "examiner", "guardian", "telegraph", "bloomberg", "politico", "fox", "abc", "nbc", "cbs",
        "msnbc", "npr", "pbs", "herald", "tribune", "gazette", "chronicle", "independent", "observer", "express",
        "mirror", "axios", "vox", "wired", "verge", "newsweek", "magazine", "newspaper", "radio", "television",
        "tv", "broadcaster", "outlet", "outlets", "agency", "wire", "xinhua", "tass", "ria", "interfax", "yonhap",
        "kcna", "jazeera", "dfw", "argus", "daily", "weekly", "bureau", "channel", "network", "report",
        "reports", "sky", "itv", "dw", "spiegel", "monde", "haaretz", "kyodo", "nhk", "sputnik",
    ]);

    /// <summary>Audiences a speaker tells something to that are not sources themselves.</summary>
    public static readonly WordSet Audiences = new([
        "reporters", "journalists", "lawmakers", "members", "committee", "senators", "supporters", "crowd",
        "audience", "police", "investigators", "court", "jury", "judge", "parliament", "congress", "students",
        "him", "her", "them", "us", "me", "you", "leaders", "voters", "residents", "staff", "employees",
    ]);
}
