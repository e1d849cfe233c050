using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Text;
using Xunit.Abstractions;

namespace Newsgraph.Extraction.Tests.Text;

public sealed class PlainTextSegmenterTests(ITestOutputHelper output)
{
    private readonly PlainTextSegmenter segmenter = new();

    private static string? FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "seed", "000_21bbfc0d75dd26d7.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [Fact]
    public void Segments_the_seed_page()
    {
        string? path = FindSeed();
        if (path is null)
        {
            output.WriteLine("SKIPPED: shared/seed/000_21bbfc0d75dd26d7.txt not found above the test directory.");
            return;
        }

        string text = File.ReadAllText(path);
        var article = segmenter.Segment(text);
        var info = article.Info;
        output.WriteLine($"title={info.Title} site={info.Site} section={string.Join(",", info.Section)} authors={string.Join(",", info.Authors.Select(a => a.Name))}");
        Assert.Equal("Kim Jong-un to Meet in Russia with Vladimir Putin amid Ukraine War", info.Title);
        var author = Assert.Single(info.Authors);
        Assert.Equal("David Zimmermann", author.Name);
        Assert.StartsWith("David Zimmermann is a news writer for National Review.", author.Bio);
        Assert.Equal("National Review", info.Site);
        Assert.Equal(["News", "World"], info.Section);
        var image = Assert.Single(article.Images);
        Assert.StartsWith("Left: North Korean leader", image.Caption);
        Assert.EndsWith("July 28, 2022.", image.Caption);
        Assert.Equal("North Korea's Korean Central News Agency, Sputnik/Pavel Byrkin/Kremlin via Reuters", image.Credit);
        Assert.StartsWith("North Korea’s Kim Jong-un will reportedly meet", article.Body);
        Assert.EndsWith("Dictators only understand strength.”", article.Body);
        Assert.DoesNotContain("Exit mobile version", article.Body);
        Assert.DoesNotContain("is a news writer", article.Body);
        Assert.Equal("en", info.Language);
        foreach (var (block, segment) in article.Blocks.Zip(article.Segments))
        {
            Assert.Equal(article.Body[block.Start..block.End], text.Substring(segment.SourceStart, block.End - block.Start));
        }
    }

    [Fact]
    public void Reads_byline_date_and_photo_label_caption()
    {
        const string text = """
            Skip to content
            Home > Science > Space

            Tiny Probe Finds Water Ice Near the Lunar South Pole | Example Herald

            By Mara Ellison and Tomas Quill
            Published March 3, 2024

            The probe's camera looks across a crater rim at dawn. Photo: Lena Park/Example Space Agency

            A small lunar probe has found signs of water ice in a shadowed crater, mission scientists said on Sunday.

            The finding could shape where future crews land.

            What comes next

            Engineers will spend the next month checking the instrument's calibration before publishing the data.

            Share this article
            Tags: Moon, Space exploration, Water
            """;
        var article = segmenter.Segment(text);
        Assert.Equal("Tiny Probe Finds Water Ice Near the Lunar South Pole", article.Info.Title);
        Assert.Equal("Example Herald", article.Info.Site);
        Assert.Equal(["Science", "Space"], article.Info.Section);
        Assert.Equal(["Mara Ellison", "Tomas Quill"], article.Info.Authors.Select(a => a.Name));
        Assert.Equal("2024-03-03", article.Info.Published);
        Assert.Equal(["Moon", "Space exploration", "Water"], article.Info.Tags);
        var image = Assert.Single(article.Images);
        Assert.Equal("The probe's camera looks across a crater rim at dawn.", image.Caption);
        Assert.Equal("Lena Park/Example Space Agency", image.Credit);
        Assert.StartsWith("A small lunar probe", article.Body);
        Assert.EndsWith("publishing the data.", article.Body);
        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Heading && article.Body[b.Start..b.End] == "What comes next");
    }

    [Fact]
    public void Reads_agency_byline_and_list_items_without_headline_furniture()
    {
        const string text = """
            Council Approves New Cycle Lanes After Long Debate

            By Staff and Reuters

            The city council voted 7-2 on Tuesday to build three new protected cycle lanes across the centre.

            The plan includes:

            - a lane along the river road
            - a lane past the central station
            - a lane linking the two universities

            Work is due to start in the spring, the council said.

            Advertisement
            Most read
            """;
        var article = segmenter.Segment(text);
        Assert.Equal("Council Approves New Cycle Lanes After Long Debate", article.Info.Title);
        Assert.Empty(article.Info.Authors);
        Assert.Equal(["Staff", "Reuters"], article.Info.AuthorOrgs);
        Assert.Equal(3, article.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.EndsWith("the council said.", article.Body);
        Assert.DoesNotContain("Most read", article.Body);
    }

    [Fact]
    public void Joins_hard_wrapped_paragraphs_and_finds_bio_with_byline()
    {
        const string text = """
            Local Bakery Wins Regional Bread Prize for Third Year

            By Ines Caldwell

            A family bakery on the high street has won the regional bread prize for the
            third year running, beating forty other entries with a rye sourdough that
            the judges called remarkable.

            The owners said they would use the prize money to train two apprentices.

            Ines Caldwell is a staff reporter at the Example Gazette covering food and small business.
            """;
        var article = segmenter.Segment(text);
        var author = Assert.Single(article.Info.Authors);
        Assert.Equal("Ines Caldwell", author.Name);
        Assert.NotNull(author.Bio);
        Assert.Equal("Example Gazette", article.Info.Site);
        Assert.Equal(2, article.Blocks.Count);
        Assert.Contains("prize for the third year running", article.Body);
        Assert.EndsWith("two apprentices.", article.Body);
    }

    [Fact]
    public void Text_without_a_headline_is_all_body()
    {
        const string text = "This is a note that starts with a full sentence of prose and keeps going for a while, so it is no headline at all.\n\nA second paragraph follows it.";
        var article = segmenter.Segment(text);
        Assert.Null(article.Info.Title);
        Assert.Equal(2, article.Blocks.Count);
    }
}
