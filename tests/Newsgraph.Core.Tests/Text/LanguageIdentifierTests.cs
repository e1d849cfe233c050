using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Text;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The council said on Monday that the new bridge would be built over the next two years, and that the work would start in the spring when the money from the state has been paid.", "en")]
    [InlineData("Der Rat hat am Montag gesagt, dass die neue Brücke in den nächsten zwei Jahren gebaut wird und dass die Arbeiten im Frühjahr beginnen sollen.", "de")]
    [InlineData("Le conseil a annoncé lundi que le nouveau pont sera construit dans les deux prochaines années et que les travaux commenceront au printemps avec des fonds de la région.", "fr")]
    [InlineData("Byrådet sagde mandag, at den nye bro skal bygges i løbet af de næste to år, og at arbejdet starter til foråret, men der er ikke penge til det hele endnu.", "da")]
    [InlineData("Rada města v pondělí oznámila, že nový most bude postaven během dvou let a že práce začnou na jaře, ale peníze na to zatím nejsou a podle starosty je to také problém.", "cs")]
    [InlineData("Hội đồng thành phố cho biết cây cầu mới sẽ được xây dựng trong hai năm tới và công việc của những người thợ sẽ bắt đầu vào mùa xuân với sự hỗ trợ của tỉnh.", "vi")]
    [InlineData("Совет в понедельник заявил, что новый мост будет построен в течение следующих двух лет, работы начнутся весной.", "ru")]
    [InlineData("東京で新しい橋の建設が始まりました。市によると、工事は二年間続く予定です。住民への説明会も開かれました。", "ja")]
    public void Names_the_language_by_script_or_function_words(string text, string expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text, minHits: 3));

    [Theory]
    [InlineData("")]
    [InlineData("Putin and Kim")]
    [InlineData("Palm Grove d. Oakdale 70-44. Oakdale 14 11 6 15. Tolson 25 points. Davies 17 points. Burger 10 points.")]
    public void Says_nothing_when_the_text_has_too_little_to_go_on(string text) =>
        Assert.Null(LanguageIdentifier.Identify(text, minHits: 3));

    [Fact]
    public void Counts_the_function_words_of_each_language_in_one_pass()
    {
        var vote = LanguageIdentifier.Vote("the cat and the dog der Hund und das Haus");

        Assert.Null(vote.ScriptLanguage);
        Assert.Equal(10, vote.Words);
        Assert.Equal(3, vote.HitsOf("en"));
        Assert.Equal(("de", 3), vote.StrongestExcept("en"));
        Assert.Equal(0, vote.HitsOf("xx"));
    }

    [Theory]
    [InlineData("in January in March in May in July")]
    [InlineData("a man as do no her men plus care")]
    public void English_words_that_other_languages_share_count_for_no_other_language(string text) =>
        Assert.Equal(0, LanguageIdentifier.Vote(text).StrongestExcept("en").Hits);

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData(" pt_BR ", "pt")]
    [InlineData("JA", "ja")]
    [InlineData("eng", "eng")]
    [InlineData("x-default", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Reads_the_primary_subtag_of_a_declared_tag(string? tag, string? expected) =>
        Assert.Equal(expected, LanguageTags.Primary(tag));
}
