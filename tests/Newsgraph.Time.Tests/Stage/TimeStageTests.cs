using System.Text;
using Newsgraph.Core.Documents;

namespace Newsgraph.Time.Tests.Stage;

public sealed class TimeStageTests
{
    [Fact]
    public void Numbers_expressions_in_text_order_with_exact_spans()
    {
        const string text = "Kim will arrive on Monday. The visit was planned in July.";
        var document = Times.Analyse(text, "2023-09-05");
        var times = document.Get(TimeLayers.Expressions);
        Assert.Equal(["t1", "t2"], times.Select(t => t.Id));
        Assert.Equal("Monday", text[times[0].Start..times[0].End]);
        Assert.Equal("July", text[times[1].Start..times[1].End]);
    }

    [Fact]
    public void A_document_that_is_not_English_gets_an_empty_layer()
    {
        const string text = "Der russische Präsident empfing am Dienstag seinen Amtskollegen. Die beiden wollen im September reden.";
        var document = Times.Analyse(text, "2023-09-05", language: "de");
        Assert.Empty(document.Get(TimeLayers.Expressions));
    }

    [Fact]
    public void A_megabyte_of_digits_yields_nothing()
    {
        var document = Times.Analyse(new string('7', 1_000_000), "2019-11-20");
        Assert.Empty(document.Get(TimeLayers.Expressions));
    }

    [Fact]
    public void A_hundred_thousand_month_names_are_each_a_month()
    {
        var text = new StringBuilder().Insert(0, "in January ", 100_000).ToString();
        var times = Times.Analyse(text, "2019-11-20").Get(TimeLayers.Expressions);
        Assert.Equal(100_000, times.Length);
        Assert.All(times.Take(10), t => Assert.Equal("2020-01", t.Value));
    }

    [Fact]
    public void A_hundred_thousand_weekdays_and_quotes_stay_linear()
    {
        var text = new StringBuilder().Insert(0, "“Monday ", 100_000).ToString();
        var times = Times.Analyse(text, "2019-11-20").Get(TimeLayers.Expressions);
        Assert.Equal(100_000, times.Length);
    }

    [Fact]
    public void Declares_its_layers()
    {
        var stage = new TimeStage();
        Assert.Equal("time.v1", stage.Info.Id);
        Assert.Contains(LanguageLayers.Tokens.Name, stage.Requires);
        Assert.Equal([TimeLayers.Expressions.Name], stage.Produces);
    }
}
