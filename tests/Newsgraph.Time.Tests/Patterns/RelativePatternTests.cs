using Newsgraph.Core.Documents;

namespace Newsgraph.Time.Tests.Patterns;

public sealed class RelativePatternTests
{
    [Theory]
    [InlineData("The markets fell sharply today.", "today", "2019-11-20")]
    [InlineData("The markets fell sharply yesterday.", "yesterday", "2019-11-19")]
    [InlineData("The vote will be held tomorrow.", "tomorrow", "2019-11-21")]
    [InlineData("The helicopter was shot down last night.", "last night", "2019-11-19")]
    [InlineData("He spoke to reporters this morning.", "this morning", "2019-11-20")]
    [InlineData("He will speak tonight in Ohio.", "tonight", "2019-11-20")]
    [InlineData("The court ruled last week on the matter.", "last week", "2019-W46")]
    [InlineData("The court will rule next week on the matter.", "next week", "2019-W48")]
    [InlineData("General Milley told US media this month that forces would remain.", "this month", "2019-11")]
    [InlineData("The ship will be provided next year, he said.", "next year", "2020")]
    [InlineData("Sales fell last year in every region.", "last year", "2018")]
    [InlineData("The deal was struck two weeks ago in Doha.", "two weeks ago", "2019-11-06")]
    [InlineData("The company was founded three years ago in Berlin.", "three years ago", "2016")]
    [InlineData("The party posted a video earlier this month.", "earlier this month", "2019-11")]
    [InlineData("He was elected last September by a wide margin.", "last September", "2019-09")]
    public void Resolves_times_relative_to_the_publication_date(string text, string expression, string value)
    {
        var found = Times.One(text);
        Assert.Equal(expression, found.Text);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void Gives_a_week_its_Monday_to_Sunday_range()
    {
        var found = Times.One("The leaders will meet next week in Vladivostok.", "2023-09-05");
        Assert.Equal("2023-W37", found.Value);
        Assert.Equal("2023-09-11", found.RangeStart);
        Assert.Equal("2023-09-17", found.RangeEnd);
        Assert.Equal(TimeCertainty.Approximate, found.Certainty);
    }

    [Fact]
    public void Earlier_this_year_is_the_year_and_approximate()
    {
        var found = Times.One("Prices rose earlier this year, the bank said.");
        Assert.Equal("2019", found.Value);
        Assert.Equal(TimeCertainty.Approximate, found.Certainty);
    }

    [Fact]
    public void Anaphoric_years_count_from_the_time_talked_about()
    {
        const string text = "They were abducted in August 2016. The next year, the Taliban released two videos.";
        Assert.Equal("2017", Times.ValueOf(text, "The next year"));
    }

    [Fact]
    public void The_previous_year_counts_back_from_the_last_year_mentioned()
    {
        const string text = "Use rose in 2017, a significant increase from the previous year.";
        Assert.Equal("2016", Times.ValueOf(text, "the previous year"));
    }

    [Fact]
    public void A_month_earlier_counts_back_from_the_referent()
    {
        const string text = "Kim arrived on Sept. 10, 2023. A delegation had travelled to Russia about a month earlier.";
        var found = Times.In(text, "2023-09-12").Single(f => f.Text == "about a month earlier");
        Assert.Equal("2023-08", found.Value);
        Assert.Equal(TimeCertainty.Approximate, found.Certainty);
    }

    [Fact]
    public void That_same_time_takes_the_referent_value()
    {
        const string text = "He discussed the delay at the end of August. Others conveyed a different message around that same time.";
        Assert.Equal("2019-08", Times.In(text).Last().Value);
    }

    [Fact]
    public void An_anaphoric_time_without_a_referent_is_unresolved()
    {
        var found = Times.One("Later that evening, he took the child to a hotel.");
        Assert.Equal("Later that evening", found.Text);
        Assert.Null(found.Value);
        Assert.Equal(TimeCertainty.Unresolved, found.Certainty);
    }

    [Fact]
    public void Earlier_in_the_day_is_the_day_being_reported()
    {
        const string text = "The hearing ended on Tuesday. Vindman denied it earlier in the day.";
        Assert.Equal("2019-11-19", Times.ValueOf(text, "earlier in the day"));
    }

    [Theory]
    [InlineData("The conflict has lasted 40 years.")]
    [InlineData("He could face up to 10 years in prison.")]
    [InlineData("The markets are closed every Monday.")]
    [InlineData("Prices are rising now, and recently they rose faster.")]
    [InlineData("The company has grown in recent years.")]
    public void Leaves_out_durations_recurring_and_vague_times(string text) => Assert.Empty(Times.In(text));
}
