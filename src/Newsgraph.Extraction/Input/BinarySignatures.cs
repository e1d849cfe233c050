namespace Newsgraph.Extraction.Input;

/// <summary>
/// File types people (or misconfigured servers) hand us instead of a web page. Checked at offset 0
/// of the (inflated) input; a match refuses the input with NG1003 and names the type, so the user
/// learns "that was a PDF" rather than getting an empty report. Only signatures that cannot start
/// a text page are listed (no "BM" for BMP or "MZ" for executables: real text can start with
/// those letters; such files are caught by the control-byte check instead).
/// </summary>
internal static class BinarySignatures
{
    public static readonly BinarySignature[] All =
    [
        new("25 50 44 46 2D", "a PDF document"),
        new("89 50 4E 47 0D 0A 1A 0A", "a PNG image"),
        new("FF D8 FF", "a JPEG image"),
        new("47 49 46 38 37 61", "a GIF image"),
        new("47 49 46 38 39 61", "a GIF image"),
        new("52 49 46 46 ?? ?? ?? ?? 57 45 42 50", "a WebP image"),
        new("52 49 46 46 ?? ?? ?? ?? 57 41 56 45", "a WAV audio file"),
        new("52 49 46 46 ?? ?? ?? ?? 41 56 49 20", "an AVI video"),
        new("?? ?? ?? ?? 66 74 79 70", "an MP4/HEIF media file (video or image)"),
        new("49 49 2A 00", "a TIFF image"),
        new("4D 4D 00 2A", "a TIFF image"),
        new("00 00 01 00", "an icon file"),
        new("50 4B 03 04", "a ZIP archive (or an Office/EPUB document)"),
        new("50 4B 05 06", "an empty ZIP archive"),
        new("D0 CF 11 E0 A1 B1 1A E1", "a legacy Microsoft Office document"),
        new("1F 8B", "gzip data nested inside gzip"),
        new("37 7A BC AF 27 1C", "a 7-Zip archive"),
        new("52 61 72 21 1A 07", "a RAR archive"),
        new("42 5A 68 ?? 31 41 59 26 53 59", "bzip2-compressed data"),
        new("FD 37 7A 58 5A 00", "xz-compressed data"),
        new("28 B5 2F FD", "zstd-compressed data"),
        new("7F 45 4C 46", "an ELF executable"),
        new("CA FE BA BE", "a Java class file or Mach-O binary"),
        new("00 61 73 6D", "a WebAssembly module"),
        new("49 44 33 ?? 00", "an MP3 audio file"),
        new("4F 67 67 53 00", "an Ogg media file"),
        new("66 4C 61 43 ?? 00 00 22", "a FLAC audio file"),
        new("1A 45 DF A3", "a Matroska/WebM video"),
        new("77 4F 46 46", "a WOFF font"),
        new("77 4F 46 32", "a WOFF2 font"),
        new("53 51 4C 69 74 65 20 66 6F 72 6D 61 74 20 33 00", "an SQLite database"),
    ];
}
