using Newsgraph.Extraction.Metadata;

namespace Newsgraph.Extraction.Tests.Metadata;

public sealed class ImageTests
{
    [Theory]
    [InlineData("A ship leaves the port on Aug. 31, 2019. (AP)", "A ship leaves the port on Aug. 31, 2019.", "AP")]
    [InlineData("Troops remain in the country [File: Reuters]", "Troops remain in the country", "Reuters")]
    [InlineData("The lander will carry 100 tons. Credit: SpaceX", "The lander will carry 100 tons.", "SpaceX")]
    [InlineData("Protesters in the square. Photograph: AFP via Getty", "Protesters in the square.", "AFP via Getty")]
    [InlineData("Ducks at the lake. Photo: Getty Images", "Ducks at the lake.", "Getty Images")]
    [InlineData("An illustration of the plume. (Image: © NASA/ESA)", "An illustration of the plume.", "NASA/ESA")]
    [InlineData("Astronauts on a space walk. (NASA via AP, File)", "Astronauts on a space walk.", "NASA via AP")]
    [InlineData("© REUTERS / POOL", null, "REUTERS / POOL")]
    [InlineData("A plain caption with no credit", "A plain caption with no credit", null)]
    public void Splits_caption_and_credit(string text, string? caption, string? credit)
    {
        var (c, cr) = CreditSplitter.Split(text);

        Assert.Equal(caption, c);
        Assert.Equal(credit, cr);
    }

    [Fact]
    public void Reads_the_lead_figure_with_separate_credit_element()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Band announces tour</h1>
            <figure><img src="/img/band.jpg" alt="The band on stage">
            <figcaption><span class="caption">The band on stage in 2019.</span> <span class="credit">Photo: Jo Lens/Agency</span></figcaption></figure>
            <p>Text.</p></article></body></html>
            """);

        var lead = Assert.Single(meta.Images);
        Assert.Equal("https://news.example.com/img/band.jpg", lead.Url);
        Assert.Equal("The band on stage in 2019.", lead.Caption);
        Assert.Equal("Jo Lens/Agency", lead.Credit);
        Assert.Equal("The band on stage", lead.Alt);
    }

    [Fact]
    public void Ignores_copyright_lines_in_the_footer()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Band announces tour</h1><p>Text.</p></article>
            <footer><div class="copyright"><img src="/logo.png"> © 2019 Example Media. All rights reserved.</div></footer></body></html>
            """);

        Assert.Empty(meta.Images);
    }
}
