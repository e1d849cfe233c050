namespace Newsgraph.Quotes.Direct;

/// <summary>Whether a quotation mark can open, close, or either (straight marks), judged from its shape and its neighbours.</summary>
internal enum MarkRole
{
    Open,
    Close,
    Either,
}

/// <summary>One quotation mark in the text: its offset, its length (2 for a doubled single like ’’), double or single, and its role.</summary>
internal readonly record struct QuoteMark(int Start, int Length, bool IsDouble, MarkRole Role)
{
    public int End => Start + Length;
}
