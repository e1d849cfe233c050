using Newsgraph.Core.Documents;
using Newsgraph.TestSupport;

namespace Newsgraph.Quotes.Tests.Stage;

/// <summary>The founding example in ../shared/seed. Each test returns early when that folder is absent.</summary>
public sealed class SeedArticleTests
{
    /// <summary>The seed's publication date, as `newsgraph analyze … --published 2023-09-05` gives it.</summary>
    private const string Published = "2023-09-05";

    private static string? SeedText() => RepoPaths.Shared is null
        ? null // ../shared is not on this machine; nothing to check against.
        : File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "000_21bbfc0d75dd26d7.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static Analyzed? Seed() => SeedText() is { } text ? Analyzed.Text(text, published: Published) : null;

    /// <summary>The seed through the real entity stage, as in the default pipeline: speakers and sources then carry entity ids.</summary>
    private static Analyzed? SeedWithEntities() => SeedText() is { } text ? Analyzed.WithEntityStage(text, Published) : null;

    [Fact]
    public void With_the_entity_stage_Watson_Haley_and_Kirby_resolve_to_their_person_entities()
    {
        if (SeedWithEntities() is not { } a)
        {
            return;
        }

        var watson = a.Quote("We urge");
        Assert.Equal("Adrienne Watson", a.EntityOf(watson.SpeakerEntity)?.Name);
        Assert.Equal("in a statement", watson.Medium);
        var haley = a.Quote("The North Korea-Russia meeting");
        Assert.Equal("Nikki Haley", a.EntityOf(haley.SpeakerEntity)?.Name);
        Assert.Equal("posted to X", haley.Medium);
        var kirby = a.Quote("Putin and Kim had written");
        Assert.Equal(QuoteKind.Indirect, kirby.Kind);
        Assert.Equal("John Kirby", a.EntityOf(kirby.SpeakerEntity)?.Name);
    }

    [Fact]
    public void With_the_entity_stage_the_claims_keep_their_chains_and_statuses()
    {
        if (SeedWithEntities() is not { } a)
        {
            return;
        }

        var summit = a.Claim("North Korea’s Kim Jong-un will reportedly meet");
        Assert.Equal(2, summit.Sources.Length);
        Assert.Contains("New York Times", summit.Sources[0].Text, StringComparison.Ordinal);
        Assert.Equal("U.S. and allied officials", summit.Sources[1].Text);
        Assert.Equal(SpeakerKinds.UnnamedOfficial, summit.Sources[1].Kind);

        var kremlin = a.Claim("The Kremlin declined to confirm");
        Assert.Equal(ClaimStatus.DeclinedToComment, kremlin.Status);
        Assert.Contains("Washington Examiner", kremlin.Sources[0].Text, StringComparison.Ordinal);
        Assert.Contains("Kremlin", kremlin.Sources[^1].Text, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.NoComment, a.Claim("North Korea did not comment").Status);
        Assert.Equal(ClaimStatus.Classified, a.Claim("Further details provided by the new intelligence").Status);
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
