namespace Newsgraph.Extraction.Tests;

public sealed class TextSearchTests
{
    [Theory]
    [InlineData("<script type=\"application/LD+JSON\">", "ld+json", 0)]
    [InlineData("abc Jane Doe and JANE DOE", "jane doe", 0)]
    [InlineData("abc Jane Doe and JANE DOE", "jane doe", 5)]
    [InlineData("no match here", "xyz", 0)]
    [InlineData("ends with needle", "NEEDLE", 0)]
    [InlineData("", "a", 0)]
    [InlineData("a", "", 0)]
    [InlineData("12</SCRIPT>", "</script", 0)]
    [InlineData("Straße STRASSE", "straße", 0)]
    public void Finds_what_ordinal_ignore_case_finds(string haystack, string needle, int start)
    {
        Assert.Equal(haystack.IndexOf(needle, start, StringComparison.OrdinalIgnoreCase), TextSearch.IndexOfIgnoreCase(haystack, needle, start));
    }
}
