namespace Newsgraph.Extraction.Input;

/// <summary>Numbers the decoder's sniffing and charset choices rest on, each with its reason.</summary>
internal static class DecodingThresholds
{
    /// <summary>Bytes looked at for binary sniffing. Magic numbers sit in the first bytes; 8 KB of
    /// control bytes is plenty to tell a binary file from text (the WHATWG sniffer reads 1,445).</summary>
    public const int BinarySniffBytes = 8 * 1024;

    /// <summary>Share of "binary" control bytes (NUL, 0x01–0x08, 0x0E–0x1A, 0x1C–0x1F) in the sniffed
    /// prefix above which the input is refused. Text pages have none or a stray few; compressed or
    /// executable data has ~10 %.</summary>
    public const double BinaryControlByteShare = 0.02;

    /// <summary>Bytes of the document searched for &lt;meta charset&gt; or an XML declaration. The
    /// HTML standard prescans 1,024 bytes; real pages put long &lt;head&gt; comments and scripts first,
    /// so we look a little further.</summary>
    public const int CharsetPrescanBytes = 4 * 1024;

    /// <summary>Bytes handed to the statistical charset detector: enough text for a confident guess
    /// while bounding its cost on the slow path.</summary>
    public const int DetectionSampleBytes = 256 * 1024;

    /// <summary>Lowest detector confidence that overrides a declared (legacy) charset whose decode
    /// produced many replacement characters.</summary>
    public const double DetectorOverrideConfidence = 0.8;

    /// <summary>Share of U+FFFD per decoded character above which a declared charset is judged wrong
    /// (a real page in its own charset decodes with none or a handful).</summary>
    public const double ReplacementShareForWrongCharset = 0.005;

    /// <summary>Invalid UTF-8 sequences per valid multi-byte sequence up to which a page is treated as
    /// UTF-8 with a few broken bytes, rather than as a page in another charset. Legacy-charset text
    /// almost never forms valid multi-byte UTF-8 (invalid sequences outnumber valid ones many times
    /// over), while a UTF-8 page with a stray byte has dozens of valid sequences per broken one.</summary>
    public const double BrokenUtf8Share = 0.5;

    /// <summary>Characters looked at (after leading whitespace) to decide HTML vs plain text.</summary>
    public const int KindSniffChars = 1024;

    /// <summary>Chunk size for inflating gzip: small enough that a bomb stops within one chunk of the cap.</summary>
    public const int InflateChunkBytes = 64 * 1024;
}
