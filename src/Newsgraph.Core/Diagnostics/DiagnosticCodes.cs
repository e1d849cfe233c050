namespace Newsgraph.Core.Diagnostics;

/// <summary>
/// Every diagnostic code Newsgraph emits. NG1xxx: input and decoding; NG2xxx: extraction;
/// NG9xxx: the pipeline itself. A code keeps its meaning forever; retired codes are not reused.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The declared charset (BOM, HTTP header or meta) differs from what the bytes are.</summary>
    public const string CharsetMismatch = "NG1001";

    /// <summary>The input has no bytes, or only whitespace.</summary>
    public const string EmptyInput = "NG1002";

    /// <summary>The input is binary (PDF, image, archive …), not a text or HTML page.</summary>
    public const string BinaryInput = "NG1003";

    /// <summary>The input is larger than the configured size limit.</summary>
    public const string InputTooLarge = "NG1004";

    /// <summary>A compressed input expands past the size limit (a decompression bomb).</summary>
    public const string DecompressionLimit = "NG1005";

    /// <summary>The page nests elements deeper than the depth limit; deeper content was ignored.</summary>
    public const string NestingTooDeep = "NG1006";

    /// <summary>Bytes that are not valid in the detected encoding were replaced with U+FFFD.</summary>
    public const string InvalidBytesReplaced = "NG1007";

    /// <summary>The input could not be read (missing file, I/O error, bad gzip stream).</summary>
    public const string ReadFailed = "NG1008";

    /// <summary>A URL was refused: not HTTP(S), or it points at a loopback, private or link-local address.</summary>
    public const string UrlRefused = "NG1010";

    /// <summary>Fetching a URL failed: timeout, too many redirects, HTTP error, size cap.</summary>
    public const string FetchFailed = "NG1011";

    /// <summary>The charset was not declared and was guessed from the bytes.</summary>
    public const string CharsetDetected = "NG1012";

    /// <summary>No article body was found (a home page, an index, a page that is all script).</summary>
    public const string NoArticle = "NG2001";

    /// <summary>The page gave no title.</summary>
    public const string NoTitle = "NG2002";

    /// <summary>Analysis of one document ran past its time limit.</summary>
    public const string Timeout = "NG9001";

    /// <summary>A stage failed unexpectedly; the report holds what earlier stages produced.</summary>
    public const string StageFailed = "NG9002";

    /// <summary>
    /// NG3xxx: language. The article is not in English (declared or by its text); the token and
    /// sentence layers, and so every NLP layer after them, are left empty.
    /// </summary>
    public const string NotEnglish = "NG3001";

    /// <summary>
    /// NG5xxx: quotes and claims. The text holds more quoted spans than a news article could
    /// (thousands of quotation marks); only the first ones were kept as quotations.
    /// </summary>
    public const string TooManyQuotes = "NG5001";
}
