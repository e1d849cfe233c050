namespace Newsgraph.Time.Recognition;

/// <summary>A recognised expression: tokens [FirstToken, EndToken) and what they say.</summary>
internal sealed record Match(int FirstToken, int EndToken, Mention Mention)
{
    public int Length => EndToken - FirstToken;
}
