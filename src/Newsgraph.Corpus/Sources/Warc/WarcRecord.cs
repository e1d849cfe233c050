namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>One WARC record: its named fields and its block (for a response, the HTTP message).</summary>
/// <param name="Offset">Where the record starts in the decompressed archive.</param>
internal sealed record WarcRecord(long Offset, string Version, IReadOnlyDictionary<string, string> Fields, ReadOnlyMemory<byte> Block)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    public string? Type => Field("WARC-Type");

    /// <summary>WARC-Target-URI; WARC/1.0 drafts wrapped it in angle brackets.</summary>
    public string? TargetUri => Field("WARC-Target-URI")?.Trim().TrimStart('<').TrimEnd('>');

    public DateTimeOffset? Date =>
        DateTimeOffset.TryParse(Field("WARC-Date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}

/// <summary>What one step of <see cref="WarcRecordReader"/> produced: a record, a problem (the
/// reader goes on), or the end of the archive.</summary>
internal readonly record struct WarcStep(WarcRecord? Record, string? Problem, bool End)
{
    public static WarcStep Of(WarcRecord record) => new(record, null, false);

    public static WarcStep Trouble(string message) => new(null, message, false);

    public static WarcStep Finished(string? lastProblem = null) => new(null, lastProblem, true);
}
