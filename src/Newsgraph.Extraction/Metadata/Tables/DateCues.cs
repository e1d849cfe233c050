using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Names and keys for reading publication dates.</summary>
internal static class DateCues
{
    /// <summary>Meta keys for the publication time, most specific first.</summary>
    public static readonly string[] PublishedKeys =
    [
        "article:published_time", "datePublished", "og:published_time", "published_time", "article:published", "pubdate", "publishdate",
        "publish-date", "publish_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.date", "dc.date", "dcterms.created",
        "date", "datecreated", "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate",
    ];

    /// <summary>Meta keys for the last update.</summary>
    public static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "dateModified", "og:updated_time", "modified_time", "article:modified", "dcterms.modified", "dc.date.modified",
        "last-modified", "lastmod", "article.updated",
    ];

    /// <summary>Words that label a shown date as the update, not the publication.</summary>
    public static readonly string[] UpdatedLabels =
    [
        "updated", "last modified", "modified", "last update", "aktualisiert", "geändert", "atualizado", "actualizado", "mis à jour", "aggiornato", "bijgewerkt", "обновлено",
    ];

    /// <summary>Words that label a shown date as the publication.</summary>
    public static readonly string[] PublishedLabels = ["published", "posted", "publiziert", "veröffentlicht", "publicado", "publié", "pubblicato", "gepubliceerd", "опубликовано"];

    /// <summary>Month names and abbreviations in the languages news pages use (English, German,
    /// French, Spanish, Portuguese, Italian, Dutch, Indonesian, Russian genitive).</summary>
    public static readonly FrozenDictionary<string, int> Months = BuildMonths();

    /// <summary>Time-zone abbreviations printed next to times, with their usual offsets. "ET"/"PT"
    /// are taken as standard time; the date, not the hour, is what matters here.</summary>
    public static readonly FrozenDictionary<string, int> ZoneMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180,
        ["IST"] = 330, ["HKT"] = 480, ["SGT"] = 480, ["JST"] = 540, ["KST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
        ["ET"] = -300, ["EST"] = -300, ["EDT"] = -240, ["CT"] = -360, ["CST"] = -360, ["CDT"] = -300, ["MT"] = -420, ["MST"] = -420,
        ["MDT"] = -360, ["PT"] = -480, ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["HST"] = -600,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Dates before this are CMS placeholders ("0001-01-01").</summary>
    public const int MinYear = 1990;

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "janvier", "января", "январь", "jänner"],
            ["february", "feb", "februar", "février", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio", "februari", "февраля", "февраль"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "maret", "mrt", "марта", "март"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель"],
            ["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "мая", "май"],
            ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "июня", "июнь"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "июля", "июль"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "agustus", "agt", "августа", "август"],
            ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre", "сентября", "сентябрь"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "октября", "октябрь"],
            ["november", "nov", "novembre", "noviembre", "novembro", "nopember", "ноября", "ноябрь"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro", "dicembre", "desember", "des", "декабря", "декабрь"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < names.Length; m++)
        {
            foreach (var n in names[m])
            {
                map.TryAdd(n, m + 1);
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
