using Newsgraph.Corpus.Dedup;

namespace Newsgraph.Corpus.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private const string WireStory = """
        HARBOURTON — A ferry carrying 212 passengers ran aground on a sandbank outside Harbourton harbour early on Tuesday, the coastguard said, and all on board were taken off safely by lifeboats within four hours.

        The vessel, the Marisol Queen, had left the port of Estelle at midnight on its regular crossing. Coastguard spokeswoman Dana Whitcombe said the tide had fallen faster than forecast and the captain had reported a loss of steering shortly before the grounding.

        Passengers described a sudden jolt and a long wait on deck in the cold. "We could see the lights of the town the whole time, which helped," said one traveller, a teacher from Estelle who was returning from a conference.

        The ferry operator, Northline, said it would cooperate fully with the marine accident investigators and that the vessel would be refloated on the evening high tide if divers found no damage to the hull.
        """;

    [Fact]
    public void Folds_a_wire_copy_with_a_new_headline_and_an_added_paragraph()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("wire", "Ferry runs aground off Harbourton\n\n" + WireStory));

        string copy = "All safe after Marisol Queen grounding\n\n" + WireStory
            + "\n\nLocal councillor Priya Anand said the harbour approach had needed dredging for years and called for an inquiry into why the work had been delayed.";
        Assert.Equal("wire", index.Add("site-copy", copy));
        Assert.Equal("wire", index.CanonicalOf("site-copy"));
    }

    [Fact]
    public void Folds_an_exact_copy_that_differs_only_in_case_spacing_and_quotes()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("a", "Short brief: “Bridge closed” after the storm."));
        Assert.Equal("a", index.Add("b", "short   brief - \"bridge CLOSED\" after the storm"));
    }

    [Fact]
    public void Copies_of_a_copy_fold_onto_the_first_article()
    {
        var index = new NearDuplicateIndex();
        index.Add("first", WireStory);
        index.Add("second", WireStory + "\n\nThis story has been corrected to fix the spelling of the spokeswoman's name.");
        Assert.Equal("first", index.Add("third", "Updated: " + WireStory + "\n\nThis story has been corrected."));
    }

    [Fact]
    public void A_different_article_about_the_same_event_is_not_a_duplicate()
    {
        var index = new NearDuplicateIndex();
        index.Add("wire", WireStory);
        const string rewrite = """
            Two hundred and twelve people spent a cold night on the deck of the Marisol Queen after the Northline ferry struck a sandbank near Harbourton in the small hours of Tuesday.
            Lifeboat crews from three stations ferried them ashore in relays. Investigators are expected to examine why the steering failed as the tide dropped, and whether the harbour approach should have been dredged.
            Northline hopes to refloat the ship on the evening tide once divers have inspected the hull for damage.
            """;
        Assert.Null(index.Add("rewrite", rewrite));
    }

    [Fact]
    public void Adding_the_same_id_twice_returns_its_first_answer()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("a", WireStory));
        Assert.Equal("a", index.Add("b", WireStory));
        Assert.Equal("a", index.Add("b", "anything else"));
        Assert.Null(index.Add("a", "anything else"));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Content_hash_ignores_case_and_punctuation_but_not_words()
    {
        Assert.Equal(ContentHash.Of("The Bridge, closed!"), ContentHash.Of("the bridge closed"));
        Assert.NotEqual(ContentHash.Of("the bridge closed"), ContentHash.Of("the bridge opened"));
    }
}
