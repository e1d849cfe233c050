using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Text;

public sealed class LatinLettersTests
{
    [Theory]
    [InlineData('é', 'e')]
    [InlineData('Ã', 'A')]
    [InlineData('ç', 'c')]
    [InlineData('Ś', 'S')]
    [InlineData('ž', 'z')]
    [InlineData('ø', 'ø')]
    [InlineData('ß', 'ß')]
    [InlineData('a', 'a')]
    [InlineData('Ж', 'Ж')]
    public void Gives_the_base_letter_of_an_accented_latin_letter_and_leaves_the_rest(char letter, char expected) =>
        Assert.Equal(expected, LatinLetters.Base(letter));
}
