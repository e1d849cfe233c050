using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Events.Tests;

/// <summary>Builds documents with hand-made layers: real tokens and sentences, entities found by their surface forms.</summary>
internal sealed class TestDocuments
{
    private readonly List<(string Name, EntityType Type, string[] Forms, string? Country, string? Sector)> _entities = [];
    private readonly List<TimeExpression> _times = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<(string EntityId, string FeatureCode)> _places = [];

    public TestDocuments(string text) => Text = text;

    public string Text { get; }

    public TestDocuments Entity(string name, EntityType type, params string[] forms)
    {
        _entities.Add((name, type, forms.Length == 0 ? [name] : forms, null, null));
        return this;
    }

    /// <summary>An entity with the ISO country code the entity stage would give it ("CN" for China and "Chinese").</summary>
    public TestDocuments EntityOf(string country, string name, EntityType type, params string[] forms)
    {
        _entities.Add((name, type, forms.Length == 0 ? [name] : forms, country, null));
        return this;
    }

    /// <summary>A GeoNames resolution for entity <paramref name="entityId"/> ("e1"), as the places stage gives it ("PCLI": a country).</summary>
    public TestDocuments Place(string entityId, string featureCode)
    {
        _places.Add((entityId, featureCode));
        return this;
    }

    public TestDocuments Time(string surface, string value)
    {
        int at = Text.IndexOf(surface, StringComparison.Ordinal);
        _times.Add(new TimeExpression { Id = "t" + (_times.Count + 1), Start = at, End = at + surface.Length, Value = value, Certainty = TimeCertainty.Exact });
        return this;
    }

    public TestDocuments Claim(string surface, ClaimStatus status)
    {
        int at = Text.IndexOf(surface, StringComparison.Ordinal);
        _claims.Add(new Claim { Id = "c" + (_claims.Count + 1), Start = at, End = at + surface.Length, Status = status });
        return this;
    }

    public TestDocuments Quote(string surface, string speakerEntityId)
    {
        int at = Text.IndexOf(surface, StringComparison.Ordinal);
        _quotes.Add(new Quote { Id = "q" + (_quotes.Count + 1), Kind = QuoteKind.Direct, Start = at, End = at + surface.Length, SpeakerEntity = speakerEntityId });
        return this;
    }

    public Document Build(bool withEntities = true)
    {
        var document = new Document(Text, new SourceInfo("test:", "text/plain", Text.Length, string.Empty));
        var tokens = Tokenizer.Tokenize(Text);
        document.Add(LanguageLayers.Tokens, tokens);
        document.Add(LanguageLayers.Sentences, SentenceSplitter.Split(Text, tokens.AsSpan(), null));
        if (withEntities)
        {
            var entities = new List<Entity>();
            foreach (var (name, type, forms, country, sector) in _entities)
            {
                var mentions = new List<EntityMention>();
                foreach (string form in forms)
                {
                    for (int at = Text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                    {
                        bool inside = entities.SelectMany(e => e.Mentions).Any(m => m.Start <= at && at < m.End);
                        bool wordBounded = (at == 0 || !char.IsLetterOrDigit(Text[at - 1])) && (at + form.Length == Text.Length || !char.IsLetterOrDigit(Text[at + form.Length]));
                        if (!inside && wordBounded && !mentions.Any(m => m.Start <= at && at < m.End))
                        {
                            mentions.Add(new EntityMention(at, at + form.Length));
                        }
                    }
                }

                entities.Add(new Entity { Id = "e" + (entities.Count + 1), Type = type, Name = name, Mentions = [.. mentions.OrderBy(m => m.Start)], Country = country, Sector = sector });
            }

            document.Add(EntityLayers.Entities, [.. entities]);
        }

        if (_times.Count > 0)
        {
            document.Add(TimeLayers.Expressions, [.. _times]);
        }

        if (_claims.Count > 0)
        {
            document.Add(QuoteLayers.Claims, [.. _claims]);
        }

        if (_quotes.Count > 0)
        {
            document.Add(QuoteLayers.Quotes, [.. _quotes]);
        }

        if (_places.Count > 0)
        {
            document.Add(PlaceLayers.Resolved, [.. _places.Select(p => new ResolvedPlace(p.EntityId, 1, 0, 0, p.FeatureCode, null))]);
        }

        return document;
    }

    /// <summary>Runs the events stage and returns its layer.</summary>
    public ImmutableArray<NewsEvent> Events(bool withEntities = true)
    {
        var document = Build(withEntities);
        new EventStage().Run(document, CancellationToken.None);
        return document.Get(EventLayers.Events);
    }

    /// <summary>Runs the events stage and returns its events and the described actors (agents) they point at.</summary>
    public (ImmutableArray<NewsEvent> Events, ImmutableArray<Entity> Agents) EventsWithAgents()
    {
        var document = Build();
        new EventStage().Run(document, CancellationToken.None);
        return (document.Get(EventLayers.Events), document.Get(EventLayers.Agents));
    }

    public static string NameOf(Document document, string id) => document.Get(EntityLayers.Entities).Single(e => e.Id == id).Name;
}

/// <summary>Reading helpers for assertions.</summary>
internal static class EventAssertions
{
    public static string Names(this ImmutableArray<string> ids, TestDocuments docs)
    {
        var document = docs.Build();
        return string.Join("; ", ids.Select(id => TestDocuments.NameOf(document, id)));
    }

    public static NewsEvent Single(this ImmutableArray<NewsEvent> events, string type) =>
        Assert.Single(events, e => e.Type == type);
}
