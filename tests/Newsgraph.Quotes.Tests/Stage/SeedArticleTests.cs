using Newsgraph.Core.Documents;
using Newsgraph.TestSupport;

namespace Newsgraph.Quotes.Tests.Stage;

/// <summary>The founding example in ../shared/seed. Each test returns early when that folder is absent.</summary>
public sealed class SeedArticleTests
{
    private static Analyzed? Seed()
    {
        if (RepoPaths.Shared is null)
        {
            return null; // ../shared is not on this machine; nothing to check against.
        }

        return Analyzed.Text(File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "000_21bbfc0d75dd26d7.txt")).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Watson_speaks_in_a_statement_and_Haley_posts_to_X()
    {
        if (Seed() is not { } a)
        {
            return;
        }

        var watson = a.Quote("We urge");
        Assert.Equal("Adrienne Watson", watson.SpeakerText);
        Assert.Equal("in a statement", watson.Medium);

        var haley = a.Quote("The North Korea-Russia meeting");
        Assert.Equal("Nikki Haley", haley.SpeakerText);
        Assert.Equal("posted to X", haley.Medium);
        Assert.Equal("Nikki Haley", a.Quote("Biden has been too weak").SpeakerText);
    }

    [Fact]
    public void Kirby_s_warning_is_an_indirect_quote()
    {
        if (Seed() is not { } a)
        {
            return;
        }

        var kirby = a.Quote("Putin and Kim had written");
        Assert.Equal(QuoteKind.Indirect, kirby.Kind);
        Assert.Equal("John Kirby", kirby.SpeakerText);
    }

    [Fact]
    public void The_summit_claim_is_sourced_from_the_Times_to_the_officials()
    {
        if (Seed() is not { } a)
        {
            return;
        }

        var summit = a.Claim("North Korea’s Kim Jong-un will reportedly meet");
        Assert.Equal(["New York Times", "U.S. and allied officials"], summit.Sources.Select(s => s.Text));
        Assert.True(summit.Hedged);
    }

    [Fact]
    public void Kremlin_declined_North_Korea_had_no_comment_details_are_classified()
    {
        if (Seed() is not { } a)
        {
            return;
        }

        var kremlin = a.Claim("The Kremlin declined to confirm");
        Assert.Equal(ClaimStatus.DeclinedToComment, kremlin.Status);
        Assert.Equal(["Washington Examiner", "Kremlin"], kremlin.Sources.Select(s => s.Text));
        Assert.Equal(ClaimStatus.NoComment, a.Claim("North Korea did not comment").Status);
        Assert.Equal(ClaimStatus.Classified, a.Claim("Further details provided by the new intelligence").Status);
    }
}
