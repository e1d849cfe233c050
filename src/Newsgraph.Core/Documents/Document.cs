using Newsgraph.Core.Diagnostics;

namespace Newsgraph.Core.Documents;

/// <summary>
/// One analysed page: its clean text, which never changes, and the annotation layers that stages
/// add to it. A layer is written once and then only read (append-only), so a later stage can rely
/// on what an earlier one produced. Offsets in every layer are UTF-16 offsets into <see cref="Text"/>.
/// A document belongs to one pipeline run at a time; it is not meant to be shared across threads
/// while stages still write to it.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<string, object> layers = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics = [];

    public Document(string text, SourceInfo source, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        Text = text;
        Source = source;
        SourceMap = sourceMap ?? SourceMap.Empty;
    }

    /// <summary>A document with no text whose input was refused, carrying the diagnostic that says why.</summary>
    public static Document Refused(SourceInfo source, Diagnostic reason)
    {
        var document = new Document(string.Empty, source);
        document.AddDiagnostic(reason);
        return document;
    }

    public string Text { get; }

    public SourceInfo Source { get; }

    public SourceMap SourceMap { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Names of the layers written so far.</summary>
    public IEnumerable<string> LayerNames => layers.Keys;

    public bool Has<T>(LayerKey<T> key) where T : notnull => layers.ContainsKey(key.Name);

    /// <summary>Adds a layer. Throws when the layer was already written: layers are append-only.</summary>
    public void Add<T>(LayerKey<T> key, T value) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!layers.TryAdd(key.Name, value))
        {
            throw new InvalidOperationException($"Layer '{key.Name}' was already written; layers are append-only.");
        }
    }

    public T Get<T>(LayerKey<T> key) where T : notnull =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Layer '{key.Name}' has not been produced by any stage.");

    public bool TryGet<T>(LayerKey<T> key, out T value) where T : notnull
    {
        if (layers.TryGetValue(key.Name, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public T? GetOrDefault<T>(LayerKey<T> key) where T : class => TryGet(key, out var v) ? v : null;

    public void AddDiagnostic(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public bool HasErrors => diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
}
