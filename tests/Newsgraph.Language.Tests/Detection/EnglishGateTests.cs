using Newsgraph.Core.Documents;
using Newsgraph.Language.Detection;

namespace Newsgraph.Language.Tests.Detection;

public sealed class EnglishGateTests
{
    private const string English =
        "The meeting between the two leaders is expected to be held at the Eastern Economic Forum next week, " +
        "according to officials who spoke on condition of anonymity. Kim will also likely visit the port, and then " +
        "travel to Moscow, where he would discuss the possibility of providing equipment that has been sought for months.";

    private const string German =
        "Das Treffen zwischen den beiden Staatschefs soll nächste Woche auf dem Östlichen Wirtschaftsforum in " +
        "Wladiwostok stattfinden, berichteten Beamte, die anonym bleiben wollten. Kim werde außerdem wahrscheinlich " +
        "den Hafen besuchen und dann nach Moskau reisen, wo er über die Lieferung von Ausrüstung sprechen wolle, " +
        "die seit Monaten gesucht werde. Die Regierung in Berlin äußerte sich zunächst nicht dazu.";

    private const string Spanish =
        "La reunión entre los dos líderes se celebrará la próxima semana en el Foro Económico Oriental de " +
        "Vladivostok, según funcionarios que pidieron el anonimato. Kim también visitará probablemente el puerto y " +
        "luego viajará a Moscú, donde hablará sobre el suministro de equipos que se buscan desde hace meses. " +
        "El gobierno no hizo comentarios por el momento sobre la información publicada.";

    private const string Russian =
        "Встреча двух лидеров, как ожидается, пройдет на следующей неделе на Восточном экономическом форуме во " +
        "Владивостоке, сообщили официальные лица. Ким также, вероятно, посетит порт, а затем отправится в Москву.";

    [Theory]
    [InlineData("de")]
    [InlineData("fr-FR")]
    [InlineData("pt_BR")]
    [InlineData("JA")]
    public void Trusts_a_declared_language_other_than_English(string declared)
    {
        var decision = EnglishGate.Decide(English, declared);

        Assert.False(decision.IsEnglish);
        Assert.Equal(LanguageEvidence.Metadata, decision.Evidence);
        Assert.Equal(declared[..2].ToLowerInvariant(), decision.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("eng")]
    [InlineData("und")]
    [InlineData("mul")]
    [InlineData("x-default")]
    public void Accepts_English_text(string? declared) =>
        Assert.True(EnglishGate.Decide(English, declared).IsEnglish);

    [Theory]
    [InlineData(German, null)]
    [InlineData(German, "en")]
    [InlineData(German, "und")]
    [InlineData(Spanish, "en-US")]
    [InlineData(Russian, null)]
    [InlineData("東京都の小池百合子知事は五日、記者会見を開き、新しい計画を発表した。東京都の小池百合子知事は五日、記者会見を開き、新しい計画を発表した。東京都の小池百合子知事は五日、記者会見を開き、新しい計画を発表した。", null)]
    public void Refuses_text_that_is_clearly_not_English_whatever_is_declared(string text, string? declared)
    {
        var decision = EnglishGate.Decide(text, declared);

        Assert.False(decision.IsEnglish);
        Assert.Equal(LanguageEvidence.Text, decision.Evidence);
    }

    [Theory]
    [InlineData(German, "de")]
    [InlineData(Spanish, "es")]
    [InlineData(Russian, "ru")]
    public void Names_the_language_the_text_reads_as(string text, string expected) =>
        Assert.Equal(expected, EnglishGate.Decide(text, "en").Code);

    [Fact]
    public void Keeps_English_lists_with_few_function_words()
    {
        const string boxScore =
            "GIRLS BASKETBALL\n\nPalm Grove d. Oakdale 70-44\n\nOakdale 14 11 6 15 — 44\n\nPalm Grove 18 22 13 17 — 70\n\n" +
            "Palm Grove (1-0): Tolson 25 points. Davies 17 points. Burger 10 points. Bowman 10 points. Beane 5 points. " +
            "Moore 3 points.\n\nOakdale (0-1): Blake 15 points. Devon 2 points. Baker 6 points. Brown 4 points. Upton 3 points. " +
            "Williams 6 points. Dillon 4 points. Palmer 4 points. Heritage d. Titus 53-9. Sheffield 19 points and 3 steals.";

        Assert.True(EnglishGate.Decide(boxScore, "en").IsEnglish);
    }

    [Theory]
    [InlineData("Putin and Kim to meet")]
    [InlineData("")]
    [InlineData("Moscou")]
    public void Gives_short_texts_the_benefit_of_the_doubt(string text) =>
        Assert.True(EnglishGate.Decide(text, null).IsEnglish);
}
