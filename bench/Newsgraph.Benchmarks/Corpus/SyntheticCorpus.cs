using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Newsgraph.Core.Input;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks.Corpus;

/// <summary>
/// A corpus of any size made from the 91 real dev pages: each synthetic article is a page's text
/// with its paragraphs reordered, one dropped, ~12% of its words swapped for words of other pages, its
/// own date (spread over a year), outlet and URL; every tenth is a verbatim copy of the one before on
/// another outlet (a syndicated copy). Seeded: the same count gives the same corpus.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const int Outlets = 200;

    /// <summary>Share of words swapped: at 12% a variant keeps ~half its 5-word shingles (Jaccard
    /// well under the 0.6 copy threshold), so variants are distinct articles, not copies.</summary>
    private const double WordSwapRate = 0.12;
    private static readonly string[] EventTypes = ["meet", "protest", "attack", "statement", "arrest"];
    private static readonly string[] ClaimStatuses = ["asserted", "disputed", "denied"];

    private readonly List<BasePage> pages = [];
    private readonly string[] vocabulary;

    public SyntheticCorpus(string htmlFolder)
    {
        var pipeline = NewsgraphPipeline.CreateDefault();
        var keys = new CapitalisedNameKeys();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(htmlFolder).Order(StringComparer.Ordinal))
        {
            var report = ReportBuilder.Build(pipeline.Run(new RawInput(file, File.ReadAllBytes(file), "text/html")), pipeline.Stages);
            var a = report.Article;
            if (string.IsNullOrWhiteSpace(a.Text))
            {
                continue;
            }

            var names = keys.Extract(a.Title, a.Text)
                .Where(k => k.StartsWith("e:", StringComparison.Ordinal) && k.Contains(' ', StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Select(k => OriginalCase(a.Text, k[2..]))
                .OfType<string>()
                .Take(20)
                .ToArray();
            pages.Add(new BasePage(a.Title ?? "", a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries), a.Site ?? "site", DatePart(a.Published), names));
            foreach (string w in a.Text.Split(' ', '\n'))
            {
                if (w.Length >= 4 && w.All(char.IsLetter))
                {
                    words.Add(w);
                }
            }
        }

        vocabulary = [.. words.Order(StringComparer.Ordinal)];
    }

    public int BasePages => pages.Count;

    /// <summary>Words of the base titles, for search queries that hit like real ones.</summary>
    public IReadOnlyList<string> TitleWords => [.. pages.SelectMany(p => p.Title.Split(' ')).Where(w => w.Length >= 5 && w.All(char.IsLetter)).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> EntityNames => [.. pages.SelectMany(p => p.Names).Distinct(StringComparer.Ordinal)];

    public static string Outlet(int n) => $"outlet{n % Outlets}.example";

    public PreExtractedArticle Article(int i)
    {
        int copyOf = i % 10 == 9 ? i - 1 : i;
        var original = Make(copyOf);
        return copyOf == i ? original : original with { Id = $"syn-{i}", Source = Outlet(i * 7), Url = $"https://{Outlet(i * 7)}/copy/{i}" };
    }

    public IIngestSource Source(int count) => new Items(this, count);

    /// <summary>Adds the knowledge the later stages will add, so the store's tables and filters hold
    /// rows: the page's full names as entities with their mentions, an event, a quote and a claim.</summary>
    public IArticleAnalyzer Analyzer() => new Enriching(this);

    private PreExtractedArticle Make(int i)
    {
        var page = pages[i % pages.Count];
        int variant = i / pages.Count;
        var rng = new Random(i + 1);
        var paragraphs = page.Paragraphs.ToList();
        if (paragraphs.Count > 3)
        {
            paragraphs.RemoveAt(1 + rng.Next(paragraphs.Count - 1));
        }

        for (int s = 1; s < paragraphs.Count; s++)
        {
            int j = 1 + rng.Next(paragraphs.Count - 1);
            (paragraphs[s], paragraphs[j]) = (paragraphs[j], paragraphs[s]);
        }

        var sb = new StringBuilder();
        foreach (string paragraph in paragraphs)
        {
            foreach (string word in paragraph.Split(' '))
            {
                sb.Append(rng.NextDouble() < WordSwapRate ? vocabulary[rng.Next(vocabulary.Length)] : word).Append(' ');
            }

            sb.Length--;
            sb.Append('\n');
        }

        string site = variant % 5 == 0 ? page.Site : Outlet(i);
        string published = page.Date.AddDays(variant % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new PreExtractedArticle($"syn-{i}", variant == 0 ? page.Title : $"{page.Title} ({variant})", sb.ToString().TrimEnd(), published, site, $"https://{site.Replace(' ', '-')}/{i % pages.Count}/{variant}");
    }

    private static DateOnly DatePart(string? published) =>
        published is { Length: >= 10 } p && DateOnly.TryParseExact(p.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : new DateOnly(2019, 11, 19);

    private static string? OriginalCase(string text, string lower)
    {
        int at = text.IndexOf(lower, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : text.Substring(at, lower.Length);
    }

    private sealed record BasePage(string Title, string[] Paragraphs, string Site, DateOnly Date, string[] Names);

    private sealed class Items(SyntheticCorpus corpus, int count) : IIngestSource
    {
        public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            for (int i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = corpus.Article(i);
                yield return new SourceItem { Uri = "synthetic:" + article.Id, Extracted = article };
            }
        }
    }

    private sealed class Enriching(SyntheticCorpus corpus) : IArticleAnalyzer
    {
        public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken)
        {
            var report = PreExtractedReport.Build(item, item.Extracted!);
            string text = report.Article.Text;
            int n = int.Parse(item.Extracted!.Id.AsSpan(4), CultureInfo.InvariantCulture);
            var page = corpus.pages[(n % 10 == 9 ? n - 1 : n) % corpus.pages.Count];
            var entities = new List<ReportEntity>();
            foreach (string name in page.Names)
            {
                var mentions = new List<ReportSpan>();
                for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && mentions.Count < 5; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    mentions.Add(new ReportSpan(at, at + name.Length));
                }

                if (mentions.Count > 0)
                {
                    entities.Add(new ReportEntity { Id = "e" + entities.Count, Type = name.Count(c => c == ' ') == 1 ? "person" : "organization", Name = name, Mentions = mentions });
                }
            }

            if (entities.Count == 0)
            {
                return report;
            }

            int end = Math.Min(text.Length, Math.Max(1, text.IndexOf('.', StringComparison.Ordinal) + 1));
            var sentence = new ReportSpan(0, end);
            return report with
            {
                Entities = entities,
                Events = [new ReportEvent { Id = "v0", Type = EventTypes[n % EventTypes.Length], Trigger = new ReportSpan(0, Math.Min(4, end)), Sentence = sentence, Modality = "asserted", Source = ["e0"] }],
                Quotes = [new ReportQuote { Id = "q0", Kind = "direct", Text = text[..end], End = end, Speaker = "e0" }],
                Claims = [new ReportClaim { Id = "c0", Text = text[..end], End = end, Status = ClaimStatuses[n % ClaimStatuses.Length], Sources = [new ReportClaimSource("e0", entities[0].Name)] }],
            };
        }
    }
}
