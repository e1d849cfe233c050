namespace Newsgraph.Time.Tests.Patterns;

public sealed class DatePatternTests
{
    [Theory]
    [InlineData("The attacks of September 11, 2001 changed everything.", "September 11, 2001", "2001-09-11")]
    [InlineData("The results came on 18 May 2019 in Paris.", "18 May 2019", "2019-05-18")]
    [InlineData("It happened on the 4th of July, 1976, they said.", "the 4th of July, 1976", "1976-07-04")]
    [InlineData("The filing is dated 2019-11-05 in the records.", "2019-11-05", "2019-11-05")]
    [InlineData("The filing is dated 11/05/2019 in the records.", "11/05/2019", "2019-11-05")]
    [InlineData("The filing is dated 25/05/2019 in the records.", "25/05/2019", "2019-05-25")]
    [InlineData("They were abducted in August 2016 in Kabul.", "August 2016", "2016-08")]
    [InlineData("The plan was drawn up in March of 2018.", "March of 2018", "2018-03")]
    public void Reads_dates_that_carry_their_year(string text, string expression, string value)
    {
        var found = Times.One(text);
        Assert.Equal(expression, found.Text);
        Assert.Equal(value, found.Value);
        Assert.Equal(Newsgraph.Core.Documents.TimeCertainty.Exact, found.Certainty);
    }

    [Theory]
    [InlineData("The company announced on Sept. 30 that it would withdraw.", "Sept. 30", "2019-09-30")]
    [InlineData("He was arrested in April after the call.", "April", "2019-04")]
    [InlineData("The protests began peacefully in June.", "June", "2019-06")]
    [InlineData("The talks collapsed in September, officials said.", "September", "2019-09")]
    public void Completes_the_year_of_past_dates_from_the_publication_date(string text, string expression, string value)
    {
        var found = Times.One(text);
        Assert.Equal(expression, found.Text);
        Assert.Equal(value, found.Value);
        Assert.Equal(Newsgraph.Core.Documents.TimeCertainty.Approximate, found.Certainty);
    }

    [Theory]
    [InlineData("Investors may sell their shares.")]
    [InlineData("Theresa May said the deal was done.")]
    [InlineData("Thousands will march through the city.")]
    [InlineData("April Ryan asked the first question.")]
    public void Leaves_month_names_that_are_words_or_names(string text) => Assert.Empty(Times.In(text));

    [Fact]
    public void Reads_an_ambiguous_month_after_a_time_preposition()
    {
        Assert.Equal("2019-05", Times.ValueOf("The law passed in May, when the session ended.", "May"));
        Assert.Equal("2019-03", Times.ValueOf("He left at the end of March for good.", "the end of March"));
    }

    [Fact]
    public void Reads_a_weekday_with_its_date()
    {
        var found = Times.One("Webb grabbed the girl on Saturday, May 18, the police said.", "2019-11-19");
        Assert.Equal("Saturday, May 18", found.Text);
        Assert.Equal("2019-05-18", found.Value);
    }

    [Fact]
    public void Reads_a_day_range_inside_one_month_as_an_interval()
    {
        var found = Times.One("The leaders will meet September 10–13 in Vladivostok.", "2023-09-05");
        Assert.Equal("September 10–13", found.Text);
        Assert.Equal("2023-09-10/2023-09-13", found.Value);
        Assert.Equal("2023-09-10", found.RangeStart);
        Assert.Equal("2023-09-13", found.RangeEnd);
    }

    [Fact]
    public void Reads_a_day_range_written_with_to()
    {
        var found = Times.One("The summit will run from Sept. 10 to 13 in the city.", "2023-09-05");
        Assert.Equal("2023-09-10/2023-09-13", found.Value);
    }

    [Fact]
    public void Joins_between_and_into_a_range()
    {
        var found = Times.One("The economy contracted between April and June, figures showed.", "2008-11-18");
        Assert.Equal("April and June", found.Text);
        Assert.Equal("2008-04/2008-06", found.Value);
        Assert.Equal("2008-04-01", found.RangeStart);
        Assert.Equal("2008-06-30", found.RangeEnd);
    }

    [Fact]
    public void Reads_a_month_of_next_year()
    {
        Assert.Equal("2010-10", Times.One("Dealers whose franchises end after October of next year will get a letter.", "2009-05-15").Value);
    }

    [Fact]
    public void Reads_a_month_with_last_year()
    {
        var found = Times.One("Traders eye the high hit in September last year, he said.", "2009-10-12");
        Assert.Equal("September last year", found.Text);
        Assert.Equal("2008-09", found.Value);
    }

    [Fact]
    public void The_first_end_of_a_range_takes_the_year_of_the_second()
    {
        var found = Times.One("The index last rose four weeks running between September and October of 2007, it said.", "2009-04-04");
        Assert.Equal("2007-09/2007-10", found.Value);
    }
}
