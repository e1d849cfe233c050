namespace Newsgraph.Time.Tests.Resolution;

public sealed class ReferentTests
{
    [Fact]
    public void Today_inside_a_quote_is_the_day_the_words_were_spoken()
    {
        const string text = "The committee held its third hearing on Tuesday.\n\n" +
            "“We have learned nothing new in today's proceedings,” Grisham said.";
        var found = Times.In(text, "2019-11-20");
        Assert.Equal("2019-11-19", found.Single(f => f.Text == "today").Value);
    }

    [Fact]
    public void Today_outside_a_quote_is_the_publication_date()
    {
        const string text = "The committee held its third hearing on Tuesday.\n\nThe markets fell sharply today.";
        Assert.Equal("2019-11-20", Times.In(text, "2019-11-20").Single(f => f.Text == "today").Value);
    }

    [Fact]
    public void A_later_embedded_post_moves_the_anchor()
    {
        const string text = "Omar posted a letter on Twitter Tuesday, asking for compassion.\n\n" +
            "We must apply a system of compassion to criminal justice.\n\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019";
        Assert.Equal("2019-11-19", Times.In(text, "2019-11-18").Single(f => f.Text == "Tuesday").Value);
    }

    [Fact]
    public void A_date_that_signs_no_post_does_not_move_the_anchor()
    {
        const string text = "Omar posted a letter on Twitter Tuesday.\n\nThe hearing is set for November 19, 2019.";
        Assert.Equal("2019-11-12", Times.In(text, "2019-11-18").Single(f => f.Text == "Tuesday").Value);
    }
}
