namespace Newsgraph.Time.Tests.Patterns;

public sealed class PeriodPatternTests
{
    [Theory]
    [InlineData("Israel seized the territories in the 1967 war.", "1967", "1967")]
    [InlineData("The band was popular in the 1990s and beyond.", "1990s", "199")]
    [InlineData("The band was popular in the ’90s and beyond.", "’90s", "199")]
    [InlineData("It was the class of ’82 that won.", "’82", "1982")]
    [InlineData("Profits fell in the third quarter of 2009 for the firm.", "the third quarter of 2009", "2009-Q3")]
    [InlineData("Profits fell in the first quarter of last year for the firm.", "the first quarter of last year", "2018-Q1")]
    [InlineData("The firm posted a third-quarter profit on sales.", "third-quarter", "2019-Q3")]
    [InlineData("The firm expects growth in Q4 2020 at the latest.", "Q4 2020", "2020-Q4")]
    [InlineData("The tower opened in the summer of 2012 to visitors.", "the summer of 2012", "2012-SU")]
    [InlineData("Growth stalled in early 2009 across Europe.", "early 2009", "2009")]
    [InlineData("Growth stalled in mid-2011 across Europe.", "mid-2011", "2011")]
    public void Reads_years_decades_quarters_and_seasons(string text, string expression, string value)
    {
        var found = Times.One(text);
        Assert.Equal(expression, found.Text);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void A_past_quarter_without_a_year_is_the_latest_one()
    {
        Assert.Equal("2006-Q4", Times.One("The company lost money in the fourth quarter, it said.", "2007-03-12").Value);
    }

    [Fact]
    public void A_season_in_a_past_sentence_is_the_latest_one()
    {
        Assert.Equal("2019-SP", Times.One("The bridge was closed in the spring, officials said.").Value);
    }

    [Theory]
    [InlineData("More than 1500 people attended the rally.")]
    [InlineData("About 2000 people attended the rally.")]
    [InlineData("The stock rose to 2019 points by the close.")]
    [InlineData("Leaves fall in the garden.")]
    public void Leaves_counts_and_words_that_look_like_times(string text) => Assert.Empty(Times.In(text));
}
