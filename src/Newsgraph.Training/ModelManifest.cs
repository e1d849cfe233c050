using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Newsgraph.Training;

/// <summary>
/// The manifest written beside each generated model or table: one JSON layout (indented, "\n" at
/// the end, so the committed files compare byte for byte) and one fingerprint of the inputs.
/// </summary>
internal static class ModelManifest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>SHA-256 over each input's path relative to <paramref name="shared"/> and its own
    /// SHA-256, in ordinal path order: the same files give the same fingerprint wherever the shared
    /// folder lives.</summary>
    public static string Fingerprint(string shared, IEnumerable<string> files)
    {
        var all = new StringBuilder();
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            all.Append(Path.GetRelativePath(shared, file).Replace('\\', '/')).Append(' ')
                .Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }

    public static void Write(string path, JsonObject manifest) =>
        File.WriteAllText(path, manifest.ToJsonString(Indented) + "\n");
}
