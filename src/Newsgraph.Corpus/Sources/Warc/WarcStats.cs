namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>Counts of one WARC read, for progress lines and the bench.</summary>
public sealed class WarcStats
{
    public long Records { get; internal set; }

    /// <summary>HTML responses with status 200, yielded as items.</summary>
    public long Pages { get; internal set; }

    /// <summary>Records that are not pages (request, metadata, warcinfo, revisit, non-200, non-HTML).</summary>
    public long Skipped { get; internal set; }

    public long Problems { get; internal set; }

    /// <summary>Decompressed archive bytes read.</summary>
    public long Bytes { get; internal set; }
}
