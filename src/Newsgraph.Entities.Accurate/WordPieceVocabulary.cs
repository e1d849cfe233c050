using System.Globalization;
using System.Text;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// BERT's uncased WordPiece vocabulary and the splitting of one of our tokens into piece ids
/// (lower-cased, accents stripped, punctuation split off, greedy longest match with "##"
/// continuations), so hidden states line up with our own tokens without re-tokenising text.
/// </summary>
internal sealed class WordPieceVocabulary
{
    /// <summary>Pieces kept per word: the first is what the head reads; a cap bounds hostile tokens
    /// (a 1 MB "word") to a constant cost.</summary>
    public const int MaxPiecesPerWord = 8;

    /// <summary>Characters of a word looked at; longer words are cut (WordPiece gives [UNK] past 100 anyway).</summary>
    private const int MaxWordChars = 100;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordPieceVocabulary(Dictionary<string, int> ids)
    {
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Cls = ids["[CLS]"];
        Sep = ids["[SEP]"];
        Unknown = ids["[UNK]"];
    }

    public int Cls { get; }

    public int Sep { get; }

    public int Unknown { get; }

    public int Count => _ids.Count;

    public static WordPieceVocabulary Read(Stream stream)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        int id = 0;
        while (reader.ReadLine() is { } line)
        {
            ids.TryAdd(line, id++);
        }

        return new WordPieceVocabulary(ids);
    }

    /// <summary>Appends the piece ids of <paramref name="word"/> (at least one, at most <see cref="MaxPiecesPerWord"/>).</summary>
    public void AddPieces(string word, List<int> pieces)
    {
        int before = pieces.Count;
        string normal = Normalise(word.Length > MaxWordChars ? word[..MaxWordChars] : word);
        int start = 0;
        for (int i = 0; i <= normal.Length && pieces.Count - before < MaxPiecesPerWord; i++)
        {
            // BERT's basic tokeniser splits at every punctuation character and at white space.
            if (i == normal.Length || char.IsWhiteSpace(normal[i]) || IsPunctuation(normal[i]))
            {
                if (i > start)
                {
                    AddWord(normal.AsSpan(start, i - start), pieces, before);
                }

                if (i < normal.Length && IsPunctuation(normal[i]))
                {
                    pieces.Add(_lookup.TryGetValue(normal.AsSpan(i, 1), out int id) ? id : Unknown);
                }

                start = i + 1;
            }
        }

        if (pieces.Count == before)
        {
            pieces.Add(Unknown);
        }

        if (pieces.Count - before > MaxPiecesPerWord)
        {
            pieces.RemoveRange(before + MaxPiecesPerWord, pieces.Count - before - MaxPiecesPerWord);
        }
    }

    private void AddWord(ReadOnlySpan<char> word, List<int> pieces, int before)
    {
        int added = pieces.Count;
        Span<char> buffer = stackalloc char[MaxWordChars + 2];
        int start = 0;
        while (start < word.Length)
        {
            if (pieces.Count - before >= MaxPiecesPerWord)
            {
                return;
            }

            int end = word.Length;
            int found = -1;
            while (end > start)
            {
                scoped ReadOnlySpan<char> candidate;
                if (start > 0)
                {
                    buffer[0] = '#';
                    buffer[1] = '#';
                    word[start..end].CopyTo(buffer[2..]);
                    candidate = buffer[..(end - start + 2)];
                }
                else
                {
                    candidate = word[start..end];
                }

                if (_lookup.TryGetValue(candidate, out int id))
                {
                    found = id;
                    break;
                }

                end--;
            }

            if (found < 0)
            {
                // WordPiece maps the whole word to [UNK] when any part has no piece.
                pieces.RemoveRange(added, pieces.Count - added);
                pieces.Add(Unknown);
                return;
            }

            pieces.Add(found);
            start = end;
        }
    }

    /// <summary>
    /// Lower case with accents removed (the uncased model's normalisation); control characters dropped.
    /// Under invariant globalization (Directory.Build.props) string.Normalize does not decompose, so
    /// Latin letters go through the repo's one base-letter table first ("São" → "sao", as BERT saw it).
    /// </summary>
    private static string Normalise(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(Newsgraph.Core.Text.LatinLetters.Base(c)));
        }

        return builder.ToString();
    }

    /// <summary>BERT's definition: ASCII symbols count as punctuation too, plus Unicode P* categories.</summary>
    private static bool IsPunctuation(char c) =>
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) || char.IsPunctuation(c);
}
