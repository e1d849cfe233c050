using System.Collections.Frozen;

namespace Newsgraph.Core.Text;

/// <summary>
/// Function words per language for the vote over Latin-script text: the most frequent, most
/// language-specific words, so that a few hundred words of running text decide reliably. Single
/// letters are left out (clitics and initials produce them in every language). Danish stands for
/// Danish and Norwegian Bokmål too: their function words barely differ.
/// </summary>
public static class LanguageStopwords
{
    public static readonly (string Language, FrozenSet<string> Words)[] Languages =
    [
        ("en", Set("the and of to is that for it with was on as are be this by at from have has but not they he she his her an or which will would were been their")),
        ("de", Set("der die das und ist nicht den mit sich des auf für von dem ein eine einen auch es im zu wird sind wir bei oder aber nach wie über noch nur dass werden kann")),
        ("fr", Set("le la les et des est une un du que qui dans pour pas sur au avec ce sont par plus ne se aux mais ou été cette nous vous il elle")),
        ("es", Set("el la los las y en que del se por con una un para es al lo como más pero sus le ya fue este ha muy también entre cuando sobre")),
        ("pt", Set("o a os as e do da dos das em no na um uma que para com não por mais se como ao foi são seu sua também mas você ele ela isso")),
        ("it", Set("il lo la gli le e di che è per un una in non con del della dei sono da al alla si anche come più ma questo nel nella")),
        ("nl", Set("de het een en van is dat op te in voor niet met zijn er maar ook als aan bij door om wordt naar dan nog wel deze hij ze")),
        ("id", Set("yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada adalah oleh karena mereka kita saya bisa atau sudah tersebut seperti")),
        ("sv", Set("och att det som en på är av för med till den har inte om ett var jag men från vi kan så")),
        ("da", Set("og at det er en af til på som med for ikke den har de var jeg men fra vi kan så også blev efter eller")),
        ("pl", Set("i w na z się do nie że jest to o jak po przez dla od ale czy tak jego jej tym")),
        ("cs", Set("je se na že to do pro ale jako jsou které který jeho také není byl bylo podle jsme nebo")),
        ("ro", Set("și în de la cu pe care este nu să din fost pentru mai au sunt ca dar fi această acest")),
        ("hu", Set("az és hogy nem egy van meg ez volt csak már mint azt még")),
        ("tr", Set("ve bir bu da de için ile olarak çok daha gibi olan ama sonra kadar her ne değil")),
        ("vi", Set("của và là các những được trong có cho với không người một này đã khi để cũng")),
    ];

    /// <summary>The winner of a vote must beat the runner-up by this factor to be named.</summary>
    public const double MinMargin = 1.5;

    /// <summary>Every function word with the languages it belongs to as a bit mask (bit i = <see cref="Languages"/>[i]),
    /// so each word of the text costs one lookup.</summary>
    internal static readonly FrozenDictionary<string, int> LanguageMask = BuildMask();

    /// <summary>Index of a language in <see cref="Languages"/>, or -1.</summary>
    public static int IndexOf(string language) => Array.FindIndex(Languages, l => l.Language == language);

    private static FrozenDictionary<string, int> BuildMask()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Languages.Length; i++)
        {
            foreach (var w in Languages[i].Words)
            {
                map[w] = map.GetValueOrDefault(w) | (1 << i);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
