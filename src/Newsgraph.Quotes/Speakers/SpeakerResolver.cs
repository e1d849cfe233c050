using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// Resolves pronouns and message nouns to the speaker they stand for, walking the text in order.
/// "he"/"she" go to the nearest earlier person: one named earlier in the same sentence, else the
/// last person who spoke or was the subject in the sentences before (up to
/// <see cref="SentencesBack"/>). "it"/"they" take an organisation or group the same way. "the
/// statement said" stands for the last speaker.
/// </summary>
internal sealed class SpeakerResolver(ArticleView view, NameIndex names, EntityIndex? entities)
{
    /// <summary>How many sentences back a pronoun looks for its antecedent; news repeats names often.</summary>
    private const int SentencesBack = 4;

    private readonly List<(int Position, int Sentence, SpeakerRef Speaker)> history = [];

    public SpeakerRef? Last => history.Count > 0 ? history[^1].Speaker : null;

    /// <summary>Tokens inside direct quotations: a name quoted by someone is not an antecedent outside the quote.</summary>
    public bool[]? InsideQuote { get; set; }

    /// <summary>Resolves <paramref name="speaker"/> met at <paramref name="position"/> and records it as the latest speaker.</summary>
    public SpeakerRef? Resolve(SpeakerRef? speaker, int position)
    {
        if (speaker is null)
        {
            return null;
        }

        var resolved = speaker;
        if (speaker.Pronoun is { } pronoun)
        {
            resolved = Antecedent(pronoun, speaker.MentionStart) ?? (pronoun is "we" or "i" ? Last : null) ?? speaker;
        }
        else if (speaker.IsMediumNoun)
        {
            resolved = Last ?? speaker;
        }

        Record(resolved, position);
        return resolved;
    }

    public void Record(SpeakerRef speaker, int position)
    {
        if (speaker.Pronoun is null)
        {
            history.Add((position, Math.Max(0, view.SentenceAt(position)), speaker));
        }
    }

    private SpeakerRef? Antecedent(string pronoun, int position)
    {
        bool wantPerson = pronoun is "he" or "she";
        bool wantGroup = pronoun is "it";
        int sentence = view.SentenceAt(position);
        if (sentence < 0)
        {
            return null;
        }

        int sentenceStart = view.Sentences[sentence].Start;
        if (wantPerson)
        {
            for (int i = names.Persons.Count - 1; i >= 0; i--)
            {
                var (p, e, name) = names.Persons[i];
                if (p < position && p >= sentenceStart && !Quoted(p) && !Possessive(e))
                {
                    return new SpeakerRef { Text = name, MentionStart = p, MentionEnd = e, IsPerson = true };
                }

                if (p < sentenceStart)
                {
                    break;
                }
            }
        }

        for (int s = sentence - 1; s >= 0 && s >= sentence - SentencesBack; s--)
        {
            for (int h = history.Count - 1; h >= 0; h--)
            {
                if (history[h].Sentence == s && Fits(history[h].Speaker, wantPerson, wantGroup))
                {
                    return history[h].Speaker;
                }
            }

            var subject = SpeakerNames.Describe(view, NounPhrases.SentenceSubject(view, s), names);
            if (subject is not null && subject.Pronoun is null && !subject.IsMediumNoun && Fits(subject, wantPerson, wantGroup))
            {
                return subject;
            }
        }

        for (int h = history.Count - 1; h >= 0; h--)
        {
            if (Fits(history[h].Speaker, wantPerson, wantGroup))
            {
                return history[h].Speaker;
            }
        }

        return null;
    }

    /// <summary>"to Omar’s office": a possessor is not the subject a pronoun refers back to.</summary>
    private bool Possessive(int end)
    {
        int t = view.TokenAtOrAfter(end);
        return t < view.Tokens.Length && view.Tokens[t].Start == end && view.Tokens[t].Kind == Core.Documents.TokenKind.Clitic;
    }

    private bool Quoted(int offset)
    {
        if (InsideQuote is null)
        {
            return false;
        }

        int t = view.TokenAtOrAfter(offset);
        return t < InsideQuote.Length && InsideQuote[t];
    }

    private bool Fits(SpeakerRef speaker, bool wantPerson, bool wantGroup)
    {
        bool person = speaker.IsPerson || entities?.IsPerson(speaker.MentionStart, speaker.MentionEnd) == true;
        return wantPerson ? person : !wantGroup || !person;
    }
}
