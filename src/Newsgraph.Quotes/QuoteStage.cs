using System.Collections.Immutable;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Quotes.Attribution;
using Newsgraph.Quotes.Claims;
using Newsgraph.Quotes.Direct;
using Newsgraph.Quotes.Speakers;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes;

/// <summary>
/// Who said what, according to whom: direct, mixed and indirect quotations with their speakers,
/// cues and media, and the claims the article attributes to sources, with source chains and
/// status. Reads tokens, sentences and paragraph blocks; reads the entity layer when a stage
/// produced it (speakers and sources then carry entity ids) but does not require it. A document
/// with no tokens (not English) gets empty layers.
/// </summary>
public sealed class QuoteStage : IStage
{
    public StageInfo Info { get; } = new("quotes.v1");

    public IReadOnlyList<string> Requires { get; } = [LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name];

    public IReadOnlyList<string> Produces { get; } = [QuoteLayers.Quotes.Name, QuoteLayers.Claims.Name];

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();

        var view = ArticleView.From(document);
        if (view.Tokens.IsEmpty || view.Sentences.IsEmpty)
        {
            document.Add(QuoteLayers.Quotes, ImmutableArray<Quote>.Empty);
            document.Add(QuoteLayers.Claims, ImmutableArray<Claim>.Empty);
            return;
        }

        var entities = EntityIndex.From(document);
        var names = new NameIndex(view);
        var resolver = new SpeakerResolver(view, names, entities);
        var quotes = QuoteAssembler.Assemble(view, names, resolver, out bool capped, cancellationToken);
        if (capped)
        {
            document.AddDiagnostic(Diagnostic.Warning(
                DiagnosticCodes.TooManyQuotes,
                $"The text holds more than {QuoteLimits.MaxQuotesPerDocument} quoted spans; only the first were read as quotations."));
        }

        var claims = ClaimFinder.Find(view, names, resolver, quotes, document.GetOrDefault(ArticleLayers.Info)?.Site, cancellationToken);

        document.Add(QuoteLayers.Quotes, [.. quotes.Select((q, i) => ToQuote(q, i, entities))]);
        document.Add(QuoteLayers.Claims, [.. claims.Select((c, i) => ToClaim(c, i, entities))]);
    }

    private static Quote ToQuote(FoundQuote q, int index, EntityIndex? entities)
    {
        var entity = q.Speaker is { } s ? entities?.Naming(s.MentionStart, s.MentionEnd) : null;
        return new Quote
        {
            Id = "q" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = q.Kind,
            Start = q.Start,
            End = q.End,
            SpeakerEntity = entity?.Id,
            SpeakerText = entity?.Name ?? q.Speaker?.Text,
            SpeakerKind = q.Speaker?.Kind,
            Cue = q.Cue,
            Medium = q.Medium,
        };
    }

    private static Claim ToClaim(FoundClaim c, int index, EntityIndex? entities) => new()
    {
        Id = "c" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Start = c.Start,
        End = c.End,
        Status = c.Status,
        Hedged = c.Hedged,
        Sources = [.. c.Sources.Select(s =>
        {
            var entity = entities?.Naming(s.MentionStart, s.MentionEnd);
            return new ClaimSource(entity?.Id, entity?.Name ?? s.Text, s.Kind);
        })],
    };
}
