using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

public sealed class CapitalisedNameKeysTests
{
    private static readonly CapitalisedNameKeys Keys = new();

    [Fact]
    public void Keeps_full_names_and_their_parts()
    {
        var keys = Keys.Extract(null, "The actress Lindsay Lohan left the Betty Ford Center on Friday.");
        Assert.Contains("e:lindsay lohan", keys);
        Assert.Contains("e:lohan", keys);
        Assert.Contains("e:betty ford center", keys);
        Assert.DoesNotContain("e:friday", keys);
    }

    [Fact]
    public void Skips_a_lone_capitalised_word_that_opens_a_sentence()
    {
        var keys = Keys.Extract(null, "Rescuers worked all night. Officials said more help was coming.");
        Assert.Empty(keys);
    }

    [Fact]
    public void Keeps_figures_but_not_single_digits()
    {
        var keys = Keys.Extract(null, "A magnitude 6.1 quake killed 14 people and left 2,300 homeless; 3 towns were hit.");
        Assert.Contains("n:6.1", keys);
        Assert.Contains("n:14", keys);
        Assert.Contains("n:2300", keys);
        Assert.DoesNotContain("n:3", keys);
    }

    [Fact]
    public void Names_may_contain_connectors_and_drop_possessives()
    {
        var keys = Keys.Extract(null, "He met officials of the Bank of America and read Palin's statement to Sarah Palin's church.");
        Assert.Contains("e:bank of america", keys);
        Assert.Contains("e:sarah palin", keys);
        Assert.Contains("e:palin", keys);
    }

    [Fact]
    public void Uses_the_title_only_when_the_text_is_empty()
    {
        Assert.Contains("e:sanne", Keys.Extract("Quake Hits Port Sanne", ""));
        Assert.DoesNotContain("e:quake hits port sanne", Keys.Extract("Quake Hits Port Sanne", "A quake shook the city of Port Sanne."));
    }
}
