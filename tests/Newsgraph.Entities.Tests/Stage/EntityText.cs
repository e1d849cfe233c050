using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Language;

namespace Newsgraph.Entities.Tests.Stage;

/// <summary>Runs the language and entity stages over plain text, as the default pipeline does after extraction.</summary>
internal static class EntityText
{
    public static Document Analyse(string text, string language = "en")
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, ""));
        document.Add(ArticleLayers.Info, new ArticleInfo { Language = language });
        new LanguageStage().Run(document, CancellationToken.None);
        new EntityStage().Run(document, CancellationToken.None);
        return document;
    }

    public static ImmutableArray<Entity> Entities(string text) => Analyse(text).Get(EntityLayers.Entities);

    /// <summary>The entity named, or with an alias, <paramref name="name"/>.</summary>
    public static Entity Named(this ImmutableArray<Entity> entities, string name) =>
        entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name))
        ?? throw new Xunit.Sdk.XunitException($"no entity named {name}; have: " + string.Join(", ", entities.Select(e => $"{e.Type} {e.Name} [{string.Join("; ", e.Aliases)}]")));
}
