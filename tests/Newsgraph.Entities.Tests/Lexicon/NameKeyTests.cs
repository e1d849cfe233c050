using Newsgraph.Entities.Lexicon;

namespace Newsgraph.Entities.Tests.Lexicon;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("José Mujica", "jose mujica")]
    [InlineData("Jose Mujica", "jose mujica")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("U.S.", "us")]
    [InlineData("São Tomé and Príncipe", "sao tome and principe")]
    [InlineData("O\u2019Brien", "o'brien")]
    public void Names_written_with_or_without_accents_share_one_key(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));
}
