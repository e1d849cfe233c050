using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class ForwardingStoreTests
{
    /// <summary>A member the forwarding bases do not implement themselves (a default member added to
    /// the interface later) would run the interface's default in every test decorator instead of the
    /// real store's code.</summary>
    [Theory]
    [InlineData(typeof(ICorpusStore), typeof(ForwardingStore))]
    [InlineData(typeof(ICorpusWriter), typeof(ForwardingWriter))]
    public void The_forwarding_bases_implement_every_interface_member_themselves(Type contract, Type forwarding)
    {
        var map = forwarding.GetInterfaceMap(contract);
        var notForwarded = map.TargetMethods.Where(m => m.DeclaringType != forwarding).Select(m => m.Name).ToList();
        Assert.Empty(notForwarded);
    }
}
