using Newsgraph.Core.Documents;

namespace Newsgraph.Time.Tests.Resolution;

/// <summary>Which weekday: published Wednesday 2019-11-20.</summary>
public sealed class TenseTests
{
    [Theory]
    [InlineData("The hostages were released Tuesday in a swap.", "2019-11-19")]
    [InlineData("The move announced on Monday drew criticism.", "2019-11-18")]
    [InlineData("Esper on Wednesday accused China of coercion.", "2019-11-20")]
    [InlineData("The tagline drew ridicule across Twitter on Thursday.", "2019-11-14")]
    public void A_weekday_in_a_past_sentence_is_the_one_before_publication(string text, string value)
    {
        var found = Times.One(text);
        Assert.Equal(value, found.Value);
        Assert.Equal(TimeCertainty.Exact, found.Certainty);
    }

    [Theory]
    [InlineData("The leaders will meet on Monday in Vladivostok.", "2019-11-25")]
    [InlineData("The vote is scheduled for Friday, officials said.", "2019-11-22")]
    [InlineData("Markets will stay closed until Friday.", "2019-11-22")]
    [InlineData("The committee will vote Wednesday on the bill.", "2019-11-20")]
    public void A_weekday_in_a_future_sentence_is_the_next_one(string text, string value) => Assert.Equal(value, Times.One(text).Value);

    [Fact]
    public void A_weekday_named_as_a_day_in_history_is_left_out() => Assert.Empty(Times.In("Black Monday still haunts traders."));

    [Fact]
    public void Monday_night_maps_to_the_date()
    {
        Assert.Equal("2019-11-18", Times.One("Noem tweeted Monday night that meth is a problem.", "2019-11-19").Value);
    }

    [Fact]
    public void Last_and_next_weekday_ignore_tense()
    {
        Assert.Equal("2019-11-15", Times.One("He said that last Friday was hard.").Value);
        Assert.Equal("2019-11-25", Times.One("He said next Monday was the deadline.").Value);
    }

    [Fact]
    public void Would_is_no_future_so_a_date_goes_to_the_nearest_year()
    {
        Assert.Equal("2019-10-31", Times.One("Johnson vowed that Britain would leave the EU on Oct. 31.").Value);
    }

    [Fact]
    public void A_verb_in_a_later_clause_does_not_set_the_tense()
    {
        Assert.Equal("2009-03", Times.One("The company might run out of money by March if more aid was not given.", "2009-02-18").Value);
    }
}
