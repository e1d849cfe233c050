using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// The lower-cased form of each token, made once per document on first use: the trigger matcher,
/// the actor reader and the modality reader ask for the same words many times per trigger, and
/// lower-casing each time allocated a string per look.
/// </summary>
internal sealed class LowerWords(string text, ImmutableArray<Token> tokens)
{
    private readonly string?[] _words = new string?[tokens.Length];

    public string this[int token] => _words[token] ??= tokens[token].TextOf(text).ToLowerInvariant();
}
