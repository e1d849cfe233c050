using System.IO.Compression;
using System.Text;

namespace Newsgraph.Training;

/// <summary>
/// Writes a generated lookup table as gzip'd UTF-8 lines with "\n" endings and no BOM, so the same
/// inputs give the same bytes on every platform (the committed tables are checked byte for byte).
/// </summary>
internal static class GzipLines
{
    public static void Write(string path, IEnumerable<string> lines)
    {
        using var output = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(output, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (string line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
