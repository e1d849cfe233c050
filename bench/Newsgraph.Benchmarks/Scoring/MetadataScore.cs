using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Newsgraph.Core.Documents;

namespace Newsgraph.Benchmarks.Scoring;

/// <summary>
/// Metadata accuracy against metadata.json, with the comparison rules of shared/README.md:
/// title exact after normalising case, punctuation and spacing; authors as the exact set of person
/// names; published as the local date. Site, language, section and lead-image caption/credit are
/// compared after the same normalisation.
/// </summary>
public sealed class MetadataScore
{
    public List<(string Field, double Accuracy, int Pages)> Fields { get; } = [];

    public static MetadataScore Compute(
        JsonObject gold,
        IReadOnlyDictionary<string, (ArticleInfo Info, IReadOnlyList<ArticleImage> Images)> predicted,
        string? missesPath)
    {
        var score = new MetadataScore();
        var misses = new StringBuilder("field\tpage\tgold\tpredicted\n");
        var counters = new Dictionary<string, (int Ok, int N)>();

        foreach (var (id, node) in gold)
        {
            if (!predicted.TryGetValue(id, out var p) || node is null)
            {
                continue;
            }

            var g = node.AsObject();
            var image = p.Images.Count > 0 ? p.Images[0] : null;
            Check("title", Norm(Str(g["title"])), Norm(p.Info.Title));
            Check("authors", AuthorSet(g["authors"]), string.Join("; ", p.Info.Authors.Select(a => Space(a.Name)).Order(StringComparer.Ordinal)));
            Check("published", Str(g["published"]) ?? string.Empty, DatePart(p.Info.Published));
            Check("modified", Str(g["modified"]) ?? string.Empty, DatePart(p.Info.Modified));
            Check("site", Norm(Str(g["site"])), Norm(p.Info.Site));
            Check("language", Str(g["language"]) ?? string.Empty, p.Info.Language ?? string.Empty);
            string goldSection = Norm(Str(g["section"]));
            Check("section", goldSection, p.Info.Section.Select(Norm).Contains(goldSection) ? goldSection : string.Join("|", p.Info.Section.Select(Norm)));
            Check("imageCaption", Norm(Str(g["leadImageCaption"])), Norm(image?.Caption));
            Check("imageCredit", Norm(Str(g["leadImageCredit"])), Norm(image?.Credit));

            void Check(string field, string expected, string actual)
            {
                var (ok, n) = counters.GetValueOrDefault(field);
                bool hit = string.Equals(expected, actual, StringComparison.Ordinal);
                counters[field] = (ok + (hit ? 1 : 0), n + 1);
                if (!hit)
                {
                    misses.Append(field).Append('\t').Append(id[..12]).Append('\t').Append(expected).Append('\t').Append(actual).Append('\n');
                }
            }
        }

        foreach (var (field, (ok, n)) in counters)
        {
            score.Fields.Add((field, n == 0 ? 0 : (double)ok / n, n));
        }

        if (missesPath is not null)
        {
            File.WriteAllText(missesPath, misses.ToString());
        }
        return score;
    }

    private static string? Str(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;

    private static string AuthorSet(JsonNode? node) =>
        node is JsonArray arr ? string.Join("; ", arr.Select(a => Space(a!.GetValue<string>())).Order(StringComparer.Ordinal)) : string.Empty;

    private static string DatePart(string? iso) => iso is null ? string.Empty : iso.Length >= 10 ? iso[..10] : iso;

    private static string Space(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    public static string Norm(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
