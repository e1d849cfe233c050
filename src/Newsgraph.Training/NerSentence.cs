using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>A gold sentence: tokens, entities of the learnt kinds, and tokens whose label the corpus leaves unknown.</summary>
internal sealed record NerSentence(string Corpus, string Document, string[] Tokens, List<TaggedEntity> Entities, bool[] Unknown)
{
    /// <summary>Names of other types the corpus marks (MISC, events, works…): the tagger's MISC kind, never scored.</summary>
    public List<MiscSpan> Misc { get; init; } = [];

    /// <summary>The sentence as it was read before the MISC kind: MISC spans of unknown-kind tags unknown, the rest O.</summary>
    public NerSentence WithoutMisc()
    {
        if (Misc.Count == 0)
        {
            return this;
        }

        var unknown = (bool[])Unknown.Clone();
        foreach (var span in Misc.Where(m => m.UnknownWithoutMisc))
        {
            Array.Fill(unknown, true, span.Start, span.End - span.Start);
        }

        return this with { Unknown = unknown, Misc = [] };
    }
}

/// <summary>Tokens [Start, End) of a MISC name; <paramref name="UnknownWithoutMisc"/>: whether a model without the MISC kind leaves them unknown (else O).</summary>
internal readonly record struct MiscSpan(int Start, int End, bool UnknownWithoutMisc);
