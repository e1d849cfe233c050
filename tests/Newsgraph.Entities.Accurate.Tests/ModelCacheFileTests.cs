namespace Newsgraph.Entities.Accurate.Tests;

public sealed class ModelCacheFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_stale_partial_copy_from_a_killed_run_is_removed_when_the_model_is_written()
    {
        Directory.CreateDirectory(_folder);
        string stale = Path.Combine(_folder, "model.onnx.0123.partial");
        File.WriteAllBytes(stale, new byte[16]);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - ModelCacheFile.StalePartialAge - TimeSpan.FromMinutes(1));

        string path = ModelCacheFile.Ensure(new MemoryStream([1, 2, 3]), "model.onnx", [_folder], "test");

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.False(File.Exists(stale));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_recent_partial_copy_may_be_a_live_writer_and_is_kept()
    {
        Directory.CreateDirectory(_folder);
        string live = Path.Combine(_folder, "model.onnx.4567.partial");
        File.WriteAllBytes(live, new byte[16]);

        ModelCacheFile.Ensure(new MemoryStream([1, 2, 3]), "model.onnx", [_folder], "test");

        Assert.True(File.Exists(live));
    }

    [Fact]
    public void Another_models_partial_copies_are_left_alone()
    {
        Directory.CreateDirectory(_folder);
        string other = Path.Combine(_folder, "other.onnx.89ab.partial");
        File.WriteAllBytes(other, new byte[16]);
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow - TimeSpan.FromDays(2));

        ModelCacheFile.Ensure(new MemoryStream([1, 2, 3]), "model.onnx", [_folder], "test");

        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_file_of_the_right_length_is_reused_without_rewriting()
    {
        string first = ModelCacheFile.Ensure(new MemoryStream([1, 2, 3]), "model.onnx", [_folder], "test");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(first, written);

        string second = ModelCacheFile.Ensure(new MemoryStream([1, 2, 3]), "model.onnx", [_folder], "test");

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second));
    }

    [Fact]
    public void An_unwritable_folder_falls_through_to_the_next_and_leaves_no_partial_copy()
    {
        // A path under an existing file cannot be a folder: creating it fails with an IOException.
        Directory.CreateDirectory(_folder);
        string blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllBytes(blocker, []);
        string fallback = Path.Combine(_folder, "fallback");

        string path = ModelCacheFile.Ensure(new MemoryStream([4, 5]), "model.onnx", [Path.Combine(blocker, "cache"), fallback], "test");

        Assert.Equal(Path.Combine(fallback, "model.onnx"), path);
        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(fallback, "*.partial"));
    }

    [Fact]
    public void No_writable_folder_is_a_clear_error_naming_the_hint()
    {
        Directory.CreateDirectory(_folder);
        string blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllBytes(blocker, []);

        var error = Assert.Throws<IOException>(() =>
            ModelCacheFile.Ensure(new MemoryStream([4, 5]), "model.onnx", [Path.Combine(blocker, "cache")], "set X to a writable folder"));

        Assert.Contains("set X to a writable folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("model.onnx", error.Message, StringComparison.Ordinal);
    }
}
