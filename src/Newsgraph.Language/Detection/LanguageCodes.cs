using System.Collections.Frozen;

namespace Newsgraph.Language.Detection;

/// <summary>Declared language codes that need reading before they are trusted.</summary>
internal static class LanguageCodes
{
    /// <summary>English as ISO 639-1 and ISO 639-2/3 write it ("en-GB" and "eng" both occur in page metadata).</summary>
    public static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal, ["en", "eng"]);

    /// <summary>
    /// Codes that declare no particular language: undetermined, multiple, no linguistic content,
    /// missing, and the private-use prefix. A page that says one of these has said nothing, so the
    /// text decides.
    /// </summary>
    public static readonly FrozenSet<string> NoLanguage = FrozenSet.Create(StringComparer.Ordinal, ["und", "mul", "zxx", "mis", "x", "i"]);
}
