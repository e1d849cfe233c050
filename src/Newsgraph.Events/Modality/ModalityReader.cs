using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Modality;

/// <summary>An event's modality, and whether the trigger is negated (then no event is coded).</summary>
internal readonly record struct ModalityReading(EventModality Modality, bool Negated);

/// <summary>Reads an event's modality from the words around its trigger and the status of the claim it rests on.</summary>
internal sealed class ModalityReader(ImmutableArray<Token> tokens, LowerWords words)
{
    public ModalityReading Read(Sentence sentence, TriggerMatch trigger, string type, Claim? claim)
    {
        int from = Math.Max(sentence.FirstToken, trigger.Start - ModalityCues.LookBack);
        var before = new List<string>();
        for (int i = trigger.Start - 1; i >= from; i--)
        {
            string word = Lower(i);
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote && word is not "'" and not "’")
            {
                break;
            }

            before.Add(word);
        }

        // before[0] is the word right before the trigger: "did not attack", "any efforts to urge", "was not on the phone call".
        bool negated = before.Take(3).Any(ModalityCues.Negations.Contains)
            || before.Take(ModalityCues.PolarityReach).Any(ModalityCues.NegativePolarity.Contains)
            || NegatedPrepositionalPhrase(before);
        if (claim is { Status: ClaimStatus.Denied or ClaimStatus.Disputed } || SentenceBefore(sentence, trigger).Any(ModalityCues.DenialWords.Contains))
        {
            return new(EventModality.Denied, false);
        }

        // before[0] is the word right before the trigger.
        for (int k = 0; k + 1 < before.Count; k++)
        {
            if (before[k] == "have" && ModalityCues.CounterfactualModals.Contains(before[k + 1]))
            {
                return new(EventModality.Hypothetical, false);
            }
        }

        if (before.Any(ModalityCues.PossibilityModals.Contains) || HasCondition(sentence, trigger))
        {
            return new(EventModality.Conditional, negated && !before.Contains("will"));
        }

        if (type != "REQUEST" && IsRequested(sentence, trigger))
        {
            return new(EventModality.Requested, false);
        }

        if (before.Any(ModalityCues.ExpectationWords.Contains))
        {
            return new(EventModality.Expected, negated);
        }

        if (before.Any(ModalityCues.PlanWords.Contains) || IsToBe(trigger))
        {
            // "will not sit on our hands" is still a stated plan; a negated plan is no event.
            return new(EventModality.Planned, negated);
        }

        string head = Lower(trigger.Start);
        if ((head.EndsWith("ing", StringComparison.Ordinal) && before.Count > 0 && Auxiliary(before))
            || before.Any(ModalityCues.OngoingWords.Contains))
        {
            return new(EventModality.Ongoing, negated);
        }

        return new(EventModality.Occurred, negated);
    }

    private static bool Auxiliary(List<string> before)
    {
        foreach (string word in before)
        {
            if (ModalityCues.ProgressiveAuxiliaries.Contains(word))
            {
                return true;
            }

            if (!ModalityCues.Transparent.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"is to visit", "are to meet": be + to + verb is an arrangement.</summary>
    private bool IsToBe(TriggerMatch trigger) =>
        trigger.Start >= 2 && Lower(trigger.Start - 1) == "to" && Lower(trigger.Start - 2) is "is" or "are" or "was" or "were";

    private bool HasCondition(Sentence sentence, TriggerMatch trigger)
    {
        // Why these bounds: a condition governs the clause around the trigger, not a distant one.
        int end = Math.Min(sentence.EndToken, trigger.End + ModalityCues.ConditionAfter);
        for (int i = Math.Max(sentence.FirstToken, trigger.Start - ModalityCues.ConditionBefore); i < end; i++)
        {
            string word = Lower(i);
            if (ModalityCues.ConditionWords.Contains(word))
            {
                return true;
            }

            if (i >= trigger.End)
            {
                foreach (var phrase in ModalityCues.ConditionPhrases)
                {
                    if (Matches(i, end, phrase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsRequested(Sentence sentence, TriggerMatch trigger)
    {
        // "urged North Korea to cease": a request verb earlier in the clause and "to" before the trigger.
        bool toBefore = trigger.Start - 1 >= sentence.FirstToken && Lower(trigger.Start - 1) == "to";
        return toBefore && SentenceBefore(sentence, trigger).Take(12).Any(ModalityCues.RequestWords.Contains);
    }

    private IEnumerable<string> SentenceBefore(Sentence sentence, TriggerMatch trigger)
    {
        int from = Math.Max(sentence.FirstToken, trigger.Start - 20);
        for (int i = trigger.Start - 1; i >= from; i--)
        {
            yield return Lower(i);
        }
    }

    private bool Matches(int at, int end, string[] phrase)
    {
        if (at + phrase.Length > end)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (Lower(at + k) != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private string Lower(int i) => words[i];

    /// <summary>
    /// "I was not on the July 25 phone call", "never at the talks": a negator right before a
    /// preposition whose phrase holds the trigger denies taking part in the event.
    /// </summary>
    private static bool NegatedPrepositionalPhrase(List<string> before)
    {
        for (int k = 1; k < before.Count && k <= ModalityCues.NegatedPhraseReach; k++)
        {
            if (ModalityCues.PhrasePrepositions.Contains(before[k - 1]) && before[k] is "not" or "never" or "n't" or "n’t")
            {
                return true;
            }
        }

        return false;
    }
}
