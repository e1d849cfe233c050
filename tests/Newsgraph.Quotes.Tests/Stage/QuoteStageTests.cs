using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Stage;

public sealed class QuoteStageTests
{
    [Fact]
    public void Declares_what_it_reads_and_writes_without_requiring_entities()
    {
        var stage = new QuoteStage();

        Assert.Equal("quotes.v1", stage.Info.Id);
        Assert.Equal([LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name], stage.Requires);
        Assert.Equal([QuoteLayers.Quotes.Name, QuoteLayers.Claims.Name], stage.Produces);
    }

    [Fact]
    public void A_document_that_is_not_English_gets_empty_layers()
    {
        var a = Analyzed.Text("«Nous ne céderons pas», a déclaré le ministre mardi devant les députés réunis.", language: "fr");

        Assert.Empty(a.Quotes);
        Assert.Empty(a.Claims);
    }

    [Fact]
    public void Quote_and_claim_ids_follow_text_order()
    {
        var a = Analyzed.Text("\"The first statement is here today,\" Esper said. \"The second statement follows it now,\" Esper added.");

        Assert.Equal(["q1", "q2"], a.Quotes.Select(q => q.Id));
        Assert.True(a.Quotes[0].Start < a.Quotes[1].Start);
        Assert.All(a.Claims.Select((c, i) => (c, i)), x => Assert.Equal("c" + (x.i + 1), x.c.Id));
    }
}
