using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Input;
using Xunit.Abstractions;

namespace Newsgraph.Extraction.Tests.Input;

public sealed class InputDecoderTests(ITestOutputHelper output)
{
    static InputDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private readonly InputDecoder decoder = new();

    private DecodedInput Decode(byte[] bytes, string? contentType = null, InputLimits? limits = null) =>
        decoder.Decode(new RawInput("test:", bytes, contentType), limits ?? InputLimits.Default);

    private static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return ms.ToArray();
    }

    private static string? Code(DecodedInput d) => d.Diagnostics.FirstOrDefault()?.Code;

    [Fact]
    public void Decodes_plain_utf8_html_without_diagnostics()
    {
        var d = Decode(Encoding.UTF8.GetBytes("<!doctype html><html><body><p>Grüße, Zoë — “quoted”</p></body></html>"));
        Assert.Equal("<!doctype html><html><body><p>Grüße, Zoë — “quoted”</p></body></html>", d.Text);
        Assert.Equal(InputKind.Html, d.Kind);
        Assert.Empty(d.Diagnostics);
        Assert.Equal("utf-8", d.Charset);
    }

    [Fact]
    public void Refuses_input_over_the_size_limit()
    {
        var d = Decode(new byte[2000], limits: new InputLimits { MaxInputBytes = 1000 });
        Assert.Null(d.Text);
        Assert.Equal(DiagnosticCodes.InputTooLarge, Code(d));
        Assert.Contains("2,000 bytes", d.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  ")]
    [InlineData("\uFEFF  \n")]
    public void Refuses_empty_or_whitespace_input(string text)
    {
        var d = Decode(Encoding.UTF8.GetPreamble().Take(text.StartsWith('\uFEFF') ? 3 : 0).Concat(Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'))).ToArray());
        Assert.Null(d.Text);
        Assert.Equal(DiagnosticCodes.EmptyInput, Code(d));
    }

    [Fact]
    public void Inflates_gzip_input()
    {
        var html = "<html><body><p>Hello from gzip</p></body></html>";
        var d = Decode(Gzip(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(html, d.Text);
    }

    [Fact]
    public void Refuses_gzip_that_expands_past_the_limit()
    {
        var bomb = Gzip(new byte[4 * 1024 * 1024]);
        var sw = Stopwatch.StartNew();
        var d = Decode(bomb, limits: new InputLimits { MaxDecompressedBytes = 1024 * 1024 });
        output.WriteLine($"{bomb.Length:N0} compressed bytes refused in {sw.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Null(d.Text);
        Assert.Equal(DiagnosticCodes.DecompressionLimit, Code(d));
    }

    [Fact]
    public void Reports_corrupt_gzip_as_read_failure()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(new string('x', 10_000) + "<p>text</p>"));
        for (int i = 12; i < gz.Length - 8; i++)
        {
            gz[i] ^= 0x5A;
        }

        var d = Decode(gz);
        Assert.Null(d.Text);
        Assert.Equal(DiagnosticCodes.ReadFailed, Code(d));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46 }, "JPEG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "GIF")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56 }, "WebP")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0 }, "ZIP")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1 }, "ELF")]
    public void Refuses_binary_files_by_magic_number(byte[] bytes, string expected)
    {
        var d = Decode(bytes.Concat(Encoding.ASCII.GetBytes("<html><p>decoy</p></html>")).ToArray());
        Assert.Null(d.Text);
        Assert.Equal(DiagnosticCodes.BinaryInput, Code(d));
        Assert.Contains(expected, d.Diagnostics[0].Message);
        Assert.Contains("not a web page", d.Diagnostics[0].Message);
    }

    [Fact]
    public void Refuses_nul_heavy_content()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var d = Decode(bytes);
        Assert.Equal(DiagnosticCodes.BinaryInput, Code(d));
    }

    [Fact]
    public void Says_a_pdf_is_a_pdf()
    {
        var d = Decode(Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
        Assert.Equal("Input looks like a PDF document, not a web page or text.", d.Diagnostics[0].Message);
    }

    [Fact]
    public void Uses_the_http_charset_for_legacy_bytes()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes("<html><body><p>Привет, мир! Это новости дня.</p></body></html>");
        var d = Decode(bytes, "text/html; charset=windows-1251");
        Assert.Contains("Привет, мир!", d.Text);
        Assert.Empty(d.Diagnostics);
        Assert.Equal("windows-1251", d.Charset);
    }

    [Fact]
    public void Uses_the_meta_charset_for_legacy_bytes()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>Москва — столица России.</p></body></html>");
        var d = Decode(bytes);
        Assert.Contains("Москва — столица России.", d.Text);
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void Reads_shift_jis_declared_by_meta_charset()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("<html><head><meta charset=\"Shift_JIS\"><title>ニュース</title></head><body><p>東京で新しい駅が開業した。</p></body></html>");
        var d = Decode(bytes);
        Assert.Contains("東京で新しい駅が開業した。", d.Text);
        Assert.Equal("shift_jis", d.Charset);
    }

    [Fact]
    public void Reads_xml_declaration_encoding()
    {
        var bytes = Encoding.GetEncoding("euc-jp").GetBytes("<?xml version=\"1.0\" encoding=\"EUC-JP\"?><html><body><p>大阪の天気は晴れです。</p></body></html>");
        var d = Decode(bytes);
        Assert.Contains("大阪の天気は晴れです。", d.Text);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_stale_legacy_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Привет — это UTF-8.</p></body></html>");
        var d = Decode(bytes);
        Assert.Contains("Привет — это UTF-8.", d.Text);
        var warning = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticCodes.CharsetMismatch, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Detects_an_undeclared_legacy_charset()
    {
        var text = "<html><body><p>" + string.Concat(Enumerable.Repeat("В Москве прошла встреча министров иностранных дел, на которой обсуждали вопросы безопасности. ", 20)) + "</p></body></html>";
        var d = Decode(Encoding.GetEncoding("windows-1251").GetBytes(text));
        Assert.Equal(text, d.Text);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.CharsetDetected);
    }

    [Fact]
    public void Detects_legacy_bytes_under_a_false_utf8_declaration()
    {
        var text = "<html><head><meta charset=\"utf-8\"></head><body><p>" + string.Concat(Enumerable.Repeat("東京で新しい駅が開業し、多くの人が集まった。天気は晴れで、気温は二十度だった。", 10)) + "</p></body></html>";
        var d = Decode(Encoding.GetEncoding("shift_jis").GetBytes(text));
        Assert.Equal(text, d.Text);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.CharsetMismatch);
    }

    [Fact]
    public void Replaces_a_few_broken_utf8_bytes_and_warns()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Café “ok” — naïve</p><p>broken: ").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes(" end — déjà</p>")).ToArray();
        var d = Decode(bytes);
        Assert.Contains("Café “ok”", d.Text);
        Assert.Contains("broken: \uFFFD end", d.Text);
        Assert.Contains(d.Diagnostics, x => x.Code == DiagnosticCodes.InvalidBytesReplaced);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void Honours_byte_order_marks(string name)
    {
        Encoding enc = name switch
        {
            "utf-8" => new UTF8Encoding(true),
            "utf-16LE" => new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32LE" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var html = "<html><body><p>Zoë’s “test” – 東京</p></body></html>";
        var d = Decode(enc.GetPreamble().Concat(enc.GetBytes(html)).ToArray());
        Assert.Equal(html, d.Text);
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void Reads_bomless_utf16()
    {
        var html = "<html><body><p>Plain UTF-16 without a mark</p></body></html>";
        var d = Decode(Encoding.Unicode.GetBytes(html));
        Assert.Equal(html, d.Text);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><p>x</p></html>", null, true)]
    [InlineData("  \n<html lang=\"en\"><body>hi</body></html>", null, true)]
    [InlineData("Some headline\n\nA paragraph of text with a < sign and 3 > 2.", null, false)]
    [InlineData("Some headline\n\nA paragraph.", "text/html", false)]
    [InlineData("<p>a tag</p>", "text/plain; charset=utf-8", false)]
    [InlineData("Intro text then <div class=\"x\">markup</div>", null, true)]
    [InlineData("Header line\n\n<b>bold</b> later", "text/html", true)]
    public void Tells_html_from_plain_text(string text, string? contentType, bool isHtml)
    {
        Assert.Equal(isHtml ? InputKind.Html : InputKind.PlainText, Decode(Encoding.UTF8.GetBytes(text), contentType).Kind);
    }

    /// <summary>A page the size of an average news page, with multi-byte text throughout: decoded
    /// exactly, as UTF-8, without diagnostics. (Its speed is a bench figure: extraction-phases, "decode".)</summary>
    [Fact]
    public void Large_utf8_page_is_decoded_exactly()
    {
        var sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>");
        while (sb.Length < 186_000)
        {
            sb.Append("<div class=\"para\"><p>Ein Absatz mit Umlauten – äöü – und „Anführungszeichen“.</p></div>\n");
        }

        string page = sb.Append("</body></html>").ToString();
        var decoded = decoder.Decode(new RawInput("test:", Encoding.UTF8.GetBytes(page)), InputLimits.Default);
        Assert.Equal(page, decoded.Text);
        Assert.Equal(InputKind.Html, decoded.Kind);
        Assert.Empty(decoded.Diagnostics);
    }
}
