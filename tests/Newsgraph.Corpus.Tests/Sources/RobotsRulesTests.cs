using Newsgraph.Corpus.Sources.Web;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class RobotsRulesTests
{
    private static bool Allows(string robots, string path) => RobotsRules.Parse(robots, "Newsgraph").Allows(new Uri("https://news.example.com" + path));

    [Fact]
    public void Disallow_all_for_every_agent_refuses_every_path_but_robots_txt()
    {
        const string Robots = "User-agent: *\nDisallow: /\n";

        Assert.False(Allows(Robots, "/"));
        Assert.False(Allows(Robots, "/world/story?id=1"));
        Assert.True(Allows(Robots, "/robots.txt"));
    }

    [Fact]
    public void The_longest_match_wins_and_allow_wins_a_tie()
    {
        const string Robots = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /a\nAllow: /a\n";

        Assert.False(Allows(Robots, "/news/private"));
        Assert.True(Allows(Robots, "/news/public/story"));
        Assert.True(Allows(Robots, "/a"));
        Assert.True(Allows(Robots, "/other"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_match()
    {
        const string Robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n";

        Assert.False(Allows(Robots, "/docs/report.pdf"));
        Assert.True(Allows(Robots, "/docs/report.pdf.html"));
        Assert.False(Allows(Robots, "/story?print=1"));
        Assert.True(Allows(Robots, "/story"));
    }

    [Fact]
    public void A_group_naming_us_replaces_the_star_group()
    {
        const string Robots = "User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: newsgraph\nDisallow: /private\nCrawl-delay: 5\nSitemap: https://news.example.com/sitemap.xml\n";

        Assert.True(Allows(Robots, "/world"));
        Assert.False(Allows(Robots, "/private/x"));
        var rules = RobotsRules.Parse(Robots, "Newsgraph");
        Assert.Equal(TimeSpan.FromSeconds(5), rules.CrawlDelay);
        Assert.Equal(["https://news.example.com/sitemap.xml"], rules.Sitemaps);
    }

    [Fact]
    public void A_hostile_pattern_does_not_make_matching_slow()
    {
        string robots = "User-agent: *\n" + string.Concat(Enumerable.Repeat("Disallow: /" + string.Concat(Enumerable.Repeat("a*", 500)) + "b\n", 50));

        Assert.True(Allows(robots, "/" + new string('a', 2000)));
    }
}
