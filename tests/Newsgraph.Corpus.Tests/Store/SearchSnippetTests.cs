using System.Text;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class SearchSnippetTests
{
    [Fact]
    public void Query_words_are_marked_whatever_their_case_and_accents()
    {
        var snippet = SearchSnippet.ForMatch(FtsQuery.Build("cafe BRIDGE")!);
        Assert.Equal("The [Café] by the [bridge] reopened.", snippet.Make("The Café by the bridge reopened."));
    }

    [Fact]
    public void The_window_with_the_most_distinct_query_words_is_shown_with_ellipses_where_the_text_goes_on()
    {
        string text = "bridge " + string.Join(' ', Enumerable.Repeat("filler", 40)) + " the old harbour bridge was closed for repairs after the storm damaged its deck and railings " + string.Join(' ', Enumerable.Repeat("tail", 40));
        string? snippet = SearchSnippet.ForMatch(FtsQuery.Build("harbour bridge")!).Make(text);
        Assert.NotNull(snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("[harbour] [bridge]", snippet);
        Assert.Equal(SearchSnippet.WindowTokens, snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Phrase_words_and_words_either_side_of_OR_are_all_marked_but_OR_itself_is_not()
    {
        var snippet = SearchSnippet.ForMatch(FtsQuery.Build("\"toll road\" OR ferry")!);
        Assert.Equal("No [toll] on the [road] or the [ferry].", snippet.Make("No toll on the road or the ferry."));
    }

    [Fact]
    public void A_text_without_query_words_gives_null_and_its_lead_is_the_first_words()
    {
        var snippet = SearchSnippet.ForMatch(FtsQuery.Build("bridge")!);
        Assert.Null(snippet.Make("Nothing here mentions it."));
        Assert.Equal("Nothing here mentions it.", SearchSnippet.Lead("Nothing here mentions it."));
        Assert.Equal("one two…", SearchSnippet.Lead("one two", truncated: true));
    }

    [Fact]
    public void A_hostile_text_of_one_word_repeated_a_million_times_gives_a_short_snippet()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++)
        {
            text.Append("bridge ");
        }

        string? snippet = SearchSnippet.ForMatch(FtsQuery.Build("bridge")!).Make(text.ToString());
        Assert.NotNull(snippet);
        Assert.True(snippet.Length < 200, snippet);
        Assert.EndsWith("…", snippet);
    }

    [Fact]
    public void Quote_marks_inside_a_quoted_phrase_do_not_break_the_word_list()
    {
        var snippet = SearchSnippet.ForMatch("\"say \"\"no\"\" twice\"");
        Assert.Equal("They [say] [no] [twice].", snippet.Make("They say no twice."));
    }
}
