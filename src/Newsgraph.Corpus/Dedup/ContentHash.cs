using System.Security.Cryptography;
using System.Text;
using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Dedup;

/// <summary>
/// Exact-duplicate key: SHA-256 of the normalised text (see <see cref="TextNormalizer"/>), hex.
/// A cryptographic hash because the store will use it as an identity across millions of articles
/// where a 64-bit collision would silently fold two different stories.
/// </summary>
public static class ContentHash
{
    public static string Of(string text) => OfNormalized(TextNormalizer.Normalize(text));

    /// <summary>The key of a text already folded by <see cref="TextNormalizer"/> (ingest folds each
    /// text once for this key and the duplicate fingerprint).</summary>
    internal static string OfNormalized(string normalized)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), digest);
        return Convert.ToHexStringLower(digest);
    }
}
