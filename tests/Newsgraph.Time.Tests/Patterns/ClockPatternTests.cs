namespace Newsgraph.Time.Tests.Patterns;

public sealed class ClockPatternTests
{
    [Fact]
    public void A_clock_time_takes_the_date_next_to_it()
    {
        var found = Times.In("Webb grabbed the girl at 6:38 p.m. on Saturday, May 18, prosecutors said.", "2019-11-19");
        Assert.Equal("2019-05-18T18:38", found.Single(f => f.Text == "6:38 p.m.").Value);
        Assert.Equal("2019-05-18", found.Single(f => f.Text == "Saturday, May 18").Value);
    }

    [Fact]
    public void A_clock_time_joined_to_its_day_is_one_expression()
    {
        var found = Times.One("Trading resumes at 12:00 UTC Monday, the exchange said.", "2009-06-01");
        Assert.Equal("12:00 UTC Monday", found.Text);
        Assert.Equal("2009-06-01T12:00Z", found.Value);
    }

    [Theory]
    [InlineData("The Dow was down 3.76% at 16:08 UTC, a slight rise.", "16:08 UTC", "2008-10-06T16:08Z")]
    [InlineData("The meeting starts at 3 p.m. in the hall.", "3 p.m.", "2008-10-06T15:00")]
    [InlineData("The meeting starts at 3pm in the hall.", "3pm", "2008-10-06T15:00")]
    [InlineData("The meeting starts at noon in the hall.", "noon", "2008-10-06T12:00")]
    public void Reads_clock_times_on_the_day_of_publication(string text, string expression, string value)
    {
        var found = Times.One(text, "2008-10-06");
        Assert.Equal(expression, found.Text);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void Midnight_is_the_start_of_the_next_day()
    {
        Assert.Equal("2008-10-07T00:00", Times.One("The polls close at midnight in every state.", "2008-10-06").Value);
    }

    [Fact]
    public void A_score_is_not_a_time() => Assert.Empty(Times.In("The home side won 3:2 in extra time."));
}
