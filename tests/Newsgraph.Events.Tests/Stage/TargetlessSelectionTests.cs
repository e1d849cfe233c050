using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>Candidates with no target: a topic mention is not a main event, a one-sided act can be.</summary>
public sealed class TargetlessSelectionTests
{
    [Theory]
    [InlineData("Kenya said the protests were continuing.")]
    public void An_event_mentioned_as_a_topic_with_nobody_acted_on_is_not_coded(string text)
    {
        var docs = new TestDocuments(text).Entity("Kenya", EntityType.Gpe);

        Assert.Empty(docs.Events());
    }

    [Theory]
    [InlineData("Britain urged an end to the violence on Monday.", "REQUEST")]
    [InlineData("Britain mobilised its reserve forces on Monday.", "MOBILIZE")]
    public void A_one_sided_act_needs_no_target(string text, string type)
    {
        var docs = new TestDocuments(text).Entity("United Kingdom", EntityType.Gpe, "Britain");

        Assert.Contains(docs.Events(), e => e.Type == type);
    }

    [Fact]
    public void A_dyadic_event_is_coded_with_its_target()
    {
        var docs = new TestDocuments("Kenya accused Uganda of smuggling gold.")
            .Entity("Kenya", EntityType.Gpe).Entity("Uganda", EntityType.Gpe);

        Assert.Contains(docs.Events(), e => e.Type == "ACCUSE");
    }
}
