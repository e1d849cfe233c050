using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Time.Recognition;
using Newsgraph.Time.Resolution;

namespace Newsgraph.Time;

/// <summary>
/// Finds date and time expressions in an English article and resolves them against its
/// publication date (<see cref="ArticleInfo.Published"/>): tense decides which Monday, the nearest
/// year in the tense's direction completes "Feb. 14", quoted speech counts from the day it was
/// spoken, and "the next year" from the time talked about. What cannot be resolved keeps its span
/// with certainty unresolved. A document that is not English has no tokens and gets an empty layer.
/// </summary>
public sealed class TimeStage : IStage
{
    public StageInfo Info { get; } = new("time.v1");

    public IReadOnlyList<string> Requires { get; } =
        [ArticleLayers.Info.Name, LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name];

    public IReadOnlyList<string> Produces { get; } = [TimeLayers.Expressions.Name];

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.Add(TimeLayers.Expressions, Analyse(document, cancellationToken));
    }

    internal static ImmutableArray<TimeExpression> Analyse(Document document, CancellationToken cancellationToken)
    {
        if (!document.TryGet(LanguageLayers.Tokens, out var tokens) || !document.TryGet(LanguageLayers.Sentences, out var sentences) || tokens.IsEmpty)
        {
            return [];
        }

        string text = document.Text;
        var found = new List<(Sentence Sentence, List<Match> Matches)>(sentences.Length);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var matches = TimeRecognizer.Find(text, tokens, sentence);
            if (matches.Count > 0)
            {
                found.Add((sentence, matches));
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        var published = DocumentTime.Published(document.GetOrDefault(ArticleLayers.Info));
        var anchor = DocumentTime.Anchor(published, text, found.SelectMany(f => f.Matches.Select(m => (tokens[m.FirstToken].Start, m.Mention))));
        var resolver = new TimeResolver(anchor);
        var quotes = new QuoteRegions(text);
        var output = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (var (sentence, matches) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = new TokenView(text, tokens, sentence.FirstToken, sentence.EndToken);
            var resolved = new Resolution.Resolution[matches.Count];

            // Clock times last: "at 6:38 p.m. on Saturday, May 18" takes its day from the date after it.
            for (int pass = 0; pass < 2; pass++)
            {
                for (int n = 0; n < matches.Count; n++)
                {
                    var match = matches[n];
                    if ((match.Mention.Kind == MentionKind.Clock) != (pass == 1))
                    {
                        continue;
                    }

                    var context = new ResolutionContext(
                        TenseDetector.At(view, match.FirstToken, match.EndToken),
                        quotes.Contains(tokens[match.FirstToken].Start),
                        pass == 1 ? NeighbourDay(matches, resolved, n) : null);
                    resolved[n] = resolver.Resolve(match.Mention, context);
                }
            }

            for (int n = 0; n < matches.Count; n++)
            {
                output.Add(ToExpression(output.Count + 1, tokens, matches[n], resolved[n]));
            }
        }

        return output.ToImmutable();
    }

    /// <summary>A day-level expression at most three tokens from the clock time ("… p.m. on Saturday", "Monday at …").</summary>
    private static ResolvedTime? NeighbourDay(List<Match> matches, Resolution.Resolution[] resolved, int n)
    {
        const int MaxGap = 3;
        var clock = matches[n];
        for (int k = 0; k < matches.Count; k++)
        {
            if (k == n || !matches[k].Mention.IsDayLevel || resolved[k]?.Time is not { } time)
            {
                continue;
            }

            int gap = k > n ? matches[k].FirstToken - clock.EndToken : clock.FirstToken - matches[k].EndToken;
            if (gap <= MaxGap)
            {
                return time;
            }
        }

        return null;
    }

    private static TimeExpression ToExpression(int number, ImmutableArray<Token> tokens, Match match, Resolution.Resolution resolution)
    {
        var time = resolution.Time;
        bool hasRange = time is not null && (time.Granularity is not (TimeUnit.Day or TimeUnit.Minute) || time.Value.Contains('/'));
        return new TimeExpression
        {
            Id = $"t{number}",
            Start = tokens[match.FirstToken].Start,
            End = tokens[match.EndToken - 1].End,
            Value = time?.Value,
            RangeStart = hasRange ? ResolvedTime.Iso(time!.Start) : null,
            RangeEnd = hasRange ? ResolvedTime.Iso(time!.End) : null,
            Certainty = time is null ? TimeCertainty.Unresolved : resolution.Approximate ? TimeCertainty.Approximate : TimeCertainty.Exact,
        };
    }
}
