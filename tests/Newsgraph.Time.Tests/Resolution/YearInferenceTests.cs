using Newsgraph.Core.Documents;

namespace Newsgraph.Time.Tests.Resolution;

public sealed class YearInferenceTests
{
    [Fact]
    public void A_scheduled_date_early_next_year_crosses_the_year_boundary()
    {
        Assert.Equal("2020-02-14", Times.One("His sentencing is scheduled for Feb. 14, the office said.", "2019-11-18").Value);
    }

    [Fact]
    public void A_past_date_late_last_year_crosses_the_year_boundary_backwards()
    {
        Assert.Equal("2018-12-28", Times.One("The fire broke out on Dec. 28 and burned for days.", "2019-01-03").Value);
    }

    [Fact]
    public void A_future_date_soon_after_stays_in_this_year()
    {
        Assert.Equal("2019-12-12", Times.One("Parties battle to win the Dec. 12 election.", "2019-11-20").Value);
    }

    [Fact]
    public void A_weekday_with_its_date_picks_the_year_it_fits()
    {
        // May 18 was a Saturday in 2019; in 2018 it was a Friday.
        Assert.Equal("2019-05-18", Times.One("The kidnapping on Saturday, May 18 shocked the city.", "2019-11-19").Value);
        Assert.Equal("2018-05-18", Times.One("The kidnapping on Friday, May 18 shocked the city.", "2019-11-19").Value);
    }

    [Fact]
    public void February_29_takes_a_leap_year()
    {
        Assert.Equal("2020-02-29", Times.One("The storm hit on Feb. 29 and flooded the town.", "2021-03-01").Value);
        Assert.Equal("2024-02-29", Times.One("The launch will take place on Feb. 29 at dawn.", "2021-03-01").Value);
    }

    [Fact]
    public void February_29_of_a_common_year_is_unresolved()
    {
        var found = Times.One("The memo was dated February 29, 2019 by mistake.");
        Assert.Null(found.Value);
        Assert.Equal(TimeCertainty.Unresolved, found.Certainty);
    }

    [Fact]
    public void Last_week_in_early_January_is_week_53_of_the_year_before()
    {
        Assert.Equal("2020-W53", Times.One("Talks broke down last week in Geneva.", "2021-01-05").Value);
        Assert.Equal("2015-W53", Times.One("The storm passed this week over the coast.", "2016-01-02").Value);
    }

    [Fact]
    public void A_week_that_starts_in_December_belongs_to_the_next_iso_year()
    {
        var found = Times.One("The results will come next week, officials said.", "2019-12-26");
        Assert.Equal("2020-W01", found.Value);
        Assert.Equal("2019-12-30", found.RangeStart);
    }

    [Fact]
    public void Without_a_publication_date_relative_times_are_unresolved_and_absolute_ones_are_not()
    {
        var found = Times.In("The hostages, held since 2016, were released Tuesday.", published: null);
        Assert.Equal("2016", found.Single(f => f.Text == "2016").Value);
        var tuesday = found.Single(f => f.Text == "Tuesday");
        Assert.Null(tuesday.Value);
        Assert.Equal(TimeCertainty.Unresolved, tuesday.Certainty);
    }
}
