using System.Security.Cryptography;
using System.Text;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;

namespace Newsgraph.Corpus.Tests.Ingest;

/// <summary>
/// The source hash is stored with every item (<c>sources</c>) and tells a resumed run what it has
/// done: the field-by-field digest must equal the digest of the joined fields that earlier runs
/// stored, or a re-run would store every pre-extracted article again.
/// </summary>
public sealed class SourceHashTests
{
    public static TheoryData<string?, string, string?> Fields => new()
    {
        { "Title", "Body text.", "2024-01-02" },
        { null, "", null },
        { "Ünïcödé “quotes” — 🙂", "Straße İstanbul\n\0 after a NUL", "2024" },
        { "lone \ud800 surrogate at the end \ud800", "\udc00 lone low first, then a pair 🙂", null },
        { "", new string('x', 100_000) + "🙂", "" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_by_field_digest_equals_the_joined_fields_digest(string? title, string text, string? published)
    {
        var article = new PreExtractedArticle("id-1", title, text, published, "example.com", "https://example.com/a");
        string joined = string.Join('\0', article.Id, article.Title ?? "", article.Text, article.Published ?? "", article.Source ?? "", article.Url ?? "");
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));

        Assert.Equal(expected, IngestRunner.SourceHash(new SourceItem { Uri = "x", Extracted = article }));
    }
}
