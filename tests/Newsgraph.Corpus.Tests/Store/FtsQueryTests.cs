using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("arms negotiations", "\"arms\" \"negotiations\"")]
    [InlineData("\"Kim Jong-un\" visit", "\"Kim Jong-un\" \"visit\"")]
    [InlineData("bridge OR ferry", "\"bridge\" OR \"ferry\"")]
    [InlineData("OR bridge OR", "\"bridge\"")]
    [InlineData("AND NOT NEAR(", "\"AND\" \"NOT\" \"NEAR(\"")]
    [InlineData("\"", null)]
    [InlineData("*** ---", null)]
    [InlineData("say \"\"hi\"", "\"say\" \"hi\"")]
    public void User_text_becomes_a_query_of_quoted_terms(string text, string? expected) =>
        Assert.Equal(expected, FtsQuery.Build(text));
}
