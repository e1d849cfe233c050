using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Actors;

/// <summary>An entity mention mapped onto token indices [FirstToken, EndToken).</summary>
internal readonly record struct TokenMention(int FirstToken, int EndToken, Entity Entity);

/// <summary>
/// Entity mentions by token position, so the actor heuristic can ask "which mention covers token
/// i" and "the mentions between tokens a and b" in O(log n). Mentions that do not align with
/// tokens are widened to the tokens they touch.
/// </summary>
internal sealed class MentionIndex
{
    private readonly TokenMention[] _mentions;
    private readonly int[] _mentionAtToken;

    public MentionIndex(ImmutableArray<Entity> entities, ImmutableArray<Token> tokens)
    {
        var list = new List<TokenMention>();
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                int first = FirstTokenEndingAfter(tokens, mention.Start);
                int end = FirstTokenEndingAfter(tokens, mention.End - 1) + 1;
                if (first < tokens.Length && first < end && tokens[first].Start < mention.End)
                {
                    list.Add(new TokenMention(first, Math.Min(end, tokens.Length), entity));
                }
            }
        }

        list.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
        _mentions = [.. list];
        _mentionAtToken = new int[tokens.Length];
        Array.Fill(_mentionAtToken, -1);
        for (int m = 0; m < _mentions.Length; m++)
        {
            for (int t = _mentions[m].FirstToken; t < _mentions[m].EndToken; t++)
            {
                if (_mentionAtToken[t] < 0)
                {
                    _mentionAtToken[t] = m;
                }
            }
        }
    }

    public bool IsEmpty => _mentions.Length == 0;

    /// <summary>Every mention, in text order.</summary>
    public ReadOnlySpan<TokenMention> All => _mentions;

    /// <summary>The mention covering token <paramref name="token"/>, if any.</summary>
    public TokenMention? At(int token) =>
        token >= 0 && token < _mentionAtToken.Length && _mentionAtToken[token] >= 0 ? _mentions[_mentionAtToken[token]] : null;

    /// <summary>The last mention that starts before <paramref name="token"/> and is of a person, or null.</summary>
    public TokenMention? LastPersonBefore(int token, ImmutableArray<string> except = default)
    {
        int hi = UpperBound(token) - 1;
        for (int m = hi; m >= 0 && m > hi - 200; m--)
        {
            if (_mentions[m].Entity.Type == EntityType.Person && _mentions[m].EndToken <= token
                && (except.IsDefaultOrEmpty || !except.Contains(_mentions[m].Entity.Id)))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    /// <summary>The last mention ending before <paramref name="token"/> whose entity is in <paramref name="ids"/> and not in <paramref name="except"/>, or null.</summary>
    public TokenMention? LastOf(int token, IReadOnlySet<string> ids, ImmutableArray<string> except)
    {
        int hi = UpperBound(token) - 1;
        for (int m = hi; m >= 0 && m > hi - 200; m--)
        {
            if (_mentions[m].EndToken <= token && ids.Contains(_mentions[m].Entity.Id)
                && (except.IsDefaultOrEmpty || !except.Contains(_mentions[m].Entity.Id)))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    /// <summary>The last described group (an AGENT mention) ending before <paramref name="token"/> and at or after <paramref name="from"/>, or null.</summary>
    public TokenMention? LastAgentBefore(int token, int from, ImmutableArray<string> except = default)
    {
        int hi = UpperBound(token) - 1;
        for (int m = hi; m >= 0 && m > hi - 200 && _mentions[m].FirstToken >= from; m--)
        {
            if (_mentions[m].Entity.Type == EntityType.Agent && _mentions[m].EndToken <= token
                && (except.IsDefaultOrEmpty || !except.Contains(_mentions[m].Entity.Id)))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    private int UpperBound(int token)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int FirstTokenEndingAfter(ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
