using System.Collections.Frozen;

namespace Newsgraph.Core.Text;

/// <summary>
/// Function words per language for the vote over Latin-script text: the most frequent, most
/// language-specific words, so that a few hundred words of running text decide reliably. Left out
/// of the other languages' lists: single letters (clitics and initials produce them in every
/// language) and words that are also English words or names ("in", "is", "as", "do", "her", "men",
/// "die", "plus", "care", "Dan", "Van"), so English text — even "in January" a hundred thousand
/// times — never reads as another language. Danish stands for Danish and Norwegian Bokmål too:
/// their function words barely differ.
/// </summary>
public static class LanguageStopwords
{
    public static readonly (string Language, FrozenSet<string> Words)[] Languages =
    [
        ("en", Set("the and of to is that for it with was on as are be this by at from have has but not they he she his her an or which will would were been their")),
        ("de", Set("der das und ist nicht mit sich des auf für von dem ein eine einen auch es im zu wird sind wir bei oder aber nach wie über noch nur dass werden kann")),
        ("fr", Set("le la les et des est une un du que qui dans pour pas sur au avec ce sont ne se aux mais ou été cette nous vous il elle")),
        ("es", Set("el la los las en que del se por una un para es al lo como más pero sus le ya fue este ha muy también entre cuando sobre")),
        ("pt", Set("os da dos das em na uma que para com não por mais se como ao foi são seu sua também mas você ele ela isso")),
        ("it", Set("il lo la gli le di che un una del della dei sono da al alla si anche come più ma questo nel nella")),
        ("nl", Set("de het een en dat op te voor niet met zijn maar ook als aan bij door om wordt naar nog wel deze hij ze")),
        ("id", Set("yang di dari ini itu dengan untuk tidak dalam akan pada juga ke ada adalah oleh karena mereka kita saya bisa atau sudah tersebut seperti")),
        ("sv", Set("och att det som en på är av för med har inte om ett var jag från vi kan så")),
        ("da", Set("og det en af til på som med ikke har de var jeg fra vi kan så også blev efter eller")),
        ("pl", Set("na się nie że jest jak po przez dla od ale czy tak jego jej tym")),
        ("cs", Set("je se na že ale jako jsou které který jeho také není byl bylo podle jsme nebo")),
        ("ro", Set("și în de la cu pe este nu să fost pentru mai au sunt ca dar fi această acest")),
        ("hu", Set("az és hogy nem egy ez volt csak már azt még")),
        ("tr", Set("ve bir bu da de için ile olarak çok daha gibi olan ama sonra kadar ne değil")),
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
