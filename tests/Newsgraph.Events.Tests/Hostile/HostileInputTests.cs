using System.Text;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Hostile;

/// <summary>Hostile text must finish with bounded work (no timing asserts: the test host's hang timeout is the guard).</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void A_sentence_of_100000_tokens_is_coded_with_bounded_output()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 25_000; i++)
        {
            text.Append("Rebels attacked and arrested ");
        }

        text.Append("people.");
        var events = new TestDocuments(text.ToString()).Entity("Rebels", EntityType.Org).Events();

        Assert.InRange(events.Length, 0, EventSelection.MaxPerDocument);
    }

    [Fact]
    public void Ten_thousand_sentences_of_triggers_are_capped()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            text.Append("Russia attacked Ukraine and China condemned Russia. ");
        }

        var events = new TestDocuments(text.ToString()).Entity("Russia", EntityType.Gpe).Entity("Ukraine", EntityType.Gpe).Entity("China", EntityType.Gpe).Events();

        Assert.InRange(events.Length, 1, EventSelection.MaxPerDocument);
    }
}
