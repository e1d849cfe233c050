using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;
using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Resolution;

/// <summary>
/// The tense around a time expression: the tense cue nearest to it in its sentence ("released
/// Tuesday" → past; "will meet on Monday" → future; "would leave on Oct. 31" → neutral). A cue on
/// the left counts as one token nearer than the same distance on the right, since English puts the
/// verb before its time adverbial. Linear in the sentence.
/// </summary>
internal static class TenseDetector
{
    /// <summary>How many tokens away a cue may be; further words belong to another clause.</summary>
    private const int MaxDistance = 12;

    public static Tense At(TokenView v, int first, int end)
    {
        // "closed until Friday", "extended through March": an end point ahead of the speech time.
        if (v.IsAny(first - 1, TenseCues.ForwardPrepositions))
        {
            return Tense.Future;
        }

        var best = Tense.Neutral;
        int bestCost = int.MaxValue;
        bool rightOpen = true;
        for (int d = 1; d <= MaxDistance && bestCost > d; d++)
        {
            if (v.Has(first - d) && Cue(v, first - d) is { } left)
            {
                return left;
            }

            // On the right, a clause boundary ends the search: "by March if more aid was not given".
            int r = end - 1 + d;
            rightOpen &= v.Has(r) && !v.IsAny(r, TenseCues.ClauseBoundaries);
            if (rightOpen && bestCost == int.MaxValue && Cue(v, r) is { } right)
            {
                best = right;
                bestCost = d + 1;
            }
        }

        return best;
    }

    private static Tense? Cue(TokenView v, int i)
    {
        if (!v.IsWord(i) && v.Kind(i) != TokenKind.Clitic)
        {
            return null;
        }

        if (v.IsAny(i, TenseCues.Future))
        {
            // "due to the rain", "set" need "to"/"for" after them to mean a plan.
            return v.Is(i, "due") && !v.Is(i + 1, "to") && !v.Is(i + 1, "on") && !v.Is(i + 1, "in") ? null : Tense.Future;
        }

        if (v.Is(i, "going") && v.Is(i + 1, "to") || v.Is(i, "set") && (v.Is(i + 1, "to") || v.Is(i + 1, "for")) && v.IsAny(i - 1, TenseCues.Neutral))
        {
            return Tense.Future;
        }

        // "to be held on October 12", "may be signed on September 12": a plan, not a report.
        if (v.Is(i, "be") && v.IsAny(i - 1, TenseCues.BeforeFutureBe))
        {
            return Tense.Future;
        }

        if (v.IsAny(i, TenseCues.Past))
        {
            // "to be held", "is set": a participle after a form of "be" is passive, not past.
            return v.IsAny(i, TenseCues.PastAuxiliaries) || !v.IsAny(i - 1, TenseCues.BeforeNonPastEd) ? Tense.Past : null;
        }

        if (v.IsAny(i, TenseCues.Neutral))
        {
            return Tense.Neutral;
        }

        var w = v.At(i);
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !v.IsAny(i, TenseCues.NotPastEd)
            && !v.IsAny(i - 1, TenseCues.BeforeNonPastEd))
        {
            return Tense.Past;
        }

        return null;
    }
}
