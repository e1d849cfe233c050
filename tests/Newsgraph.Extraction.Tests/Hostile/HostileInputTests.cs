using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Xunit.Abstractions;

namespace Newsgraph.Extraction.Tests.Hostile;

/// <summary>
/// Hostile and broken inputs through the whole reader stage: each must come back within a few
/// seconds with a clear diagnostic and no exception.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>
    /// A hang guard, not a speed figure: healthy runs take milliseconds (printed above each check),
    /// a quadratic blow-up on these inputs takes minutes, and a 5 s bound failed on a machine at
    /// load 60 while nothing was wrong. Speed is the benches' business.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private Document Read(byte[] bytes, string? contentType = null, InputLimits? limits = null, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var stage = new ExtractionStage(limits);
        var sw = Stopwatch.StartNew();
        var document = stage.Read(new RawInput("test:" + name, bytes, contentType), CancellationToken.None);
        sw.Stop();
        output.WriteLine($"{name}: {bytes.Length:N0} bytes → {sw.Elapsed.TotalMilliseconds:0.0} ms; text {document.Text.Length:N0} chars; " +
            string.Join("; ", document.Diagnostics.Select(d => $"{d.Code} {d.Severity}: {d.Message}")));
        Assert.True(sw.Elapsed < Budget, $"{name} took {sw.Elapsed}");
        return document;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static void AssertError(Document d, string code)
    {
        Assert.Contains(d.Diagnostics, x => x.Code == code && x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(string.Empty, d.Text);
    }

    [Fact]
    public void Empty_input_is_refused_with_NG1002() => AssertError(Read([]), DiagnosticCodes.EmptyInput);

    [Fact]
    public void Whitespace_input_is_refused_with_NG1002() => AssertError(Read(Utf8(" \n\t\r\n ")), DiagnosticCodes.EmptyInput);

    [Fact]
    public void Pdf_bytes_are_refused_with_NG1003()
    {
        var d = Read(Utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"), "application/pdf");
        AssertError(d, DiagnosticCodes.BinaryInput);
        Assert.Contains("PDF", d.Diagnostics[0].Message);
    }

    [Fact]
    public void Png_bytes_are_refused_with_NG1003()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        AssertError(Read(png), DiagnosticCodes.BinaryInput);
    }

    [Fact]
    public void Random_binary_is_refused_with_NG1003()
    {
        var bytes = new byte[1 << 20];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'<';
        AssertError(Read(bytes), DiagnosticCodes.BinaryInput);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_a_warning()
    {
        var bytes = Utf8("<html><body><article><p>Das ist ein Satz über Grüße und Straßen, lang genug für einen Absatz.</p><p>Broken ")
            .Concat(new byte[] { 0xE2, 0x28, 0xA1, 0xFF })
            .Concat(Utf8(" here, and more text — with “quotes” and naïve café.</p></article></body></html>")).ToArray();
        var d = Read(bytes);
        Assert.False(d.HasErrors);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.InvalidBytesReplaced);
        Assert.Contains("Grüße", d.Text);
        Assert.Contains('\uFFFD', d.Text);
    }

    [Fact]
    public void Fifty_megabyte_page_is_refused_by_the_size_limit()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        Utf8("<html><body><p>").CopyTo(bytes, 0);
        var d = Read(bytes);
        AssertError(d, DiagnosticCodes.InputTooLarge);
        Assert.Contains("50 MiB", d.Diagnostics[0].Message);
        Assert.Contains("limit is 16 MiB", d.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<b>", "</b>")]
    [InlineData("<span class=\"x\">", "</span>")]
    [InlineData("<blockquote>", "</blockquote>")]
    [InlineData("<ul><li>", "</li></ul>")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    [InlineData("<div/>", "")]
    [InlineData("<b id=a><i>", "")]
    public void Hundred_thousand_deep_nesting_is_cut_with_NG1006(string open, string close)
    {
        string html = "<html><body><article><p>A real first paragraph of the story that sits above the nesting.</p>"
            + Repeat(open, 100_000) + "deep text" + Repeat(close, 100_000) + "<p>A paragraph after the nesting.</p></article></body></html>";
        var d = Read(Utf8(html));
        Assert.False(d.HasErrors);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.NestingTooDeep && x.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("A real first paragraph", d.Text);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("li")]
    [InlineData("p")]
    [InlineData("a")]
    [InlineData("option")]
    [InlineData("h2")]
    public void Twenty_thousand_self_closing_siblings_stay_fast(string tag)
    {
        // The parser closes each of these when the next opens, so they do not nest. (AngleSharp slows
        // down with very many siblings: 100,000 <p></p> pairs take seconds; 20,000 stay well inside the budget.)
        string html = "<html><body><p>First paragraph.</p>" + Repeat($"<{tag}>", 20_000) + "text" + Repeat($"</{tag}>", 20_000) + "</body></html>";
        var d = Read(Utf8(html));
        Assert.False(d.HasErrors);
    }

    [Fact]
    public void Page_that_is_all_script_gives_NG2001_and_no_text()
    {
        string html = "<html><head><script>" + Repeat("var x = document.createElement('p'); x.textContent = 'hello'; document.body.appendChild(x);\n", 20_000)
            + "</script></head><body><script src=\"app.js\"></script><noscript>Enable JavaScript.</noscript></body></html>";
        var d = Read(Utf8(html));
        Assert.False(d.HasErrors);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.NoArticle);
        Assert.DoesNotContain("createElement", d.Text);
    }

    [Fact]
    public void Home_page_without_an_article_gives_NG2001()
    {
        var sb = new StringBuilder("<html><head><title>Daily Example — Home</title></head><body><nav><ul>");
        foreach (var s in new[] { "World", "Politics", "Business", "Sport", "Culture" })
        {
            sb.Append($"<li><a href=\"/{s.ToLowerInvariant()}\">{s}</a></li>");
        }

        sb.Append("</ul></nav><main>");
        for (int i = 0; i < 40; i++)
        {
            sb.Append($"<div class=\"card\"><a href=\"/story/{i}\"><h3>Headline number {i}</h3></a><span>2 hours ago</span></div>");
        }

        sb.Append("</main><footer>© Daily Example</footer></body></html>");
        var d = Read(Utf8(sb.ToString()));
        Assert.False(d.HasErrors);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.NoArticle && x.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(string.Empty, d.Text);
    }

    [Fact]
    public void Gzip_bomb_is_refused_with_NG1005()
    {
        // 1 GiB of zeros, compressed while streaming (about 1 MB): never held uncompressed.
        using var compressed = new MemoryStream();
        using (var gz = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++)
            {
                gz.Write(zeros);
            }
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var d = Read(compressed.ToArray());
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"bomb: {compressed.Length:N0} compressed bytes; {allocated / (1024 * 1024):N0} MiB allocated while refusing it");
        AssertError(d, DiagnosticCodes.DecompressionLimit);
        Assert.True(allocated < 3 * InputLimits.Default.MaxDecompressedBytes, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Ten_thousand_unclosed_tags_are_read_with_linear_work()
    {
        const int Tags = 10_000;
        var sb = new StringBuilder("<html><body><article><p>Opening paragraph of an article with enough words in it to count.</p>");
        string[] tags = ["div", "span", "b", "i", "em", "section", "font", "a href=x"];
        for (int i = 0; i < Tags; i++)
        {
            sb.Append('<').Append(tags[i % tags.Length]).Append('>').Append("word ");
        }

        string html = sb.ToString();
        var d = new ExtractionStage().Read(new RawInput("test:unclosed", Utf8(html)), CancellationToken.None);
        Assert.False(d.HasErrors);
        Assert.Contains("Opening paragraph", d.Text);

        // Work, not time: each tag may look at most a bounded number of open elements (the search
        // window plus the elements within the depth limit), so the cost is linear in the tags.
        var tree = new Newsgraph.Extraction.Html.HtmlPageParser().Parse(html, CancellationToken.None);
        long perTagBound = Newsgraph.Extraction.Html.NestingRules.SearchDepth + InputLimits.Default.MaxDepth + 4;
        Assert.InRange(tree.Work, Tags, (Tags + 10) * perTagBound);
        Assert.Contains("word", tree.Body.TextContent);
    }

    [Fact]
    public void Unclosed_paragraphs_and_attributes_do_not_hang()
    {
        string html = "<html><body>" + Repeat("<p class=\"a\" data-x='", 5_000) + Repeat("<p>text", 20_000);
        var d = Read(Utf8(html));
        Assert.False(d.HasErrors);
    }

    [Fact]
    public void Deep_nesting_through_the_pipeline_returns_a_report()
    {
        string html = "<html><body>" + Repeat("<div>", 100_000) + "<p>deep text</p></body></html>";
        var sw = Stopwatch.StartNew();
        // The stage time limit is raised to the hang guard too: the default 10 s is a product
        // limit, and this check is about not failing or hanging, not about a busy machine.
        var d = NewsgraphPipeline.CreateDefault(InputLimits.Default with { Timeout = Budget }).Run(new RawInput("test:deep", Utf8(html)));
        output.WriteLine($"pipeline: {sw.Elapsed.TotalMilliseconds:0.0} ms; {string.Join("; ", d.Diagnostics.Select(x => x.Code))}");
        Assert.True(sw.Elapsed < Budget);
        Assert.DoesNotContain(d.Diagnostics, x => x.Code is DiagnosticCodes.StageFailed or DiagnosticCodes.Timeout);
    }
}
