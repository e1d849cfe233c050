using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Newsgraph.Core.Documents;

namespace Newsgraph.Language.Tokens;

/// <summary>A growable array of tokens that hands its storage over as an immutable array without a second copy when full.</summary>
internal sealed class TokenBuffer(int capacity)
{
    private Token[] items = new Token[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public void Add(int start, int end, TokenKind kind)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = new Token(start, end, kind);
    }

    public ImmutableArray<Token> ToImmutable()
    {
        if (Count != items.Length)
        {
            Array.Resize(ref items, Count);
        }

        var result = ImmutableCollectionsMarshal.AsImmutableArray(items);
        items = [];
        Count = 0;
        return result;
    }
}
