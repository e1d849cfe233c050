using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// Turns a speaker phrase into a <see cref="SpeakerRef"/>: a person's name without titles ("White
/// House Press Secretary Stephanie Grisham" → "Stephanie Grisham"), a surname expanded to the full
/// name, an organisation for an unnamed spokesperson ("a spokesperson for the British Foreign
/// Office" → "British Foreign Office"), a role resolved to the person holding it, or the description
/// of an unnamed source with its kind ("a senior official", unnamed-official).
/// </summary>
internal static class SpeakerNames
{
    public static SpeakerRef? Describe(ArticleView view, Phrase phrase, NameIndex names)
    {
        if (phrase.IsEmpty)
        {
            return null;
        }

        int first = phrase.Start, last = phrase.End - 1;
        int spanStart = view.Tokens[first].Start, spanEnd = view.Tokens[last].End;
        if (phrase.Length == 1 && PhraseWords.Pronouns.Contains(view.Word(first)))
        {
            return new SpeakerRef { Text = view.WordString(first), MentionStart = spanStart, MentionEnd = spanEnd, Pronoun = view.WordString(first).ToLowerInvariant() };
        }

        int spokes = -1;
        for (int t = first; t <= last; t++)
        {
            if (RoleWords.Spokespeople.Contains(view.Word(t)))
            {
                spokes = t;
            }
        }

        if (view.IsCapitalized(last) && view.Tokens[last].Kind != TokenKind.Number)
        {
            int runStart = last;
            while (runStart - 1 >= first && view.IsCapitalized(runStart - 1))
            {
                runStart--;
            }

            // "High Commissioner for Human Rights", "chairman of the Conservative Party": a title
            // with its office is an office, not a person's name.
            int linker = runStart - 1;
            if (linker > first && view.Is(linker - 1, "the"))
            {
                linker--;
            }

            bool office = linker > first && (view.Is(linker, "of") || view.Is(linker, "for") || view.Is(linker, "the") && (view.Is(linker - 1, "of") || view.Is(linker - 1, "for")))
                && !RunHasTitle(view, runStart, last) && (RoleWords.Titles.Contains(view.Word(LinkerHead(view, linker))) || RoleWords.Roles.Contains(view.Word(LinkerHead(view, linker))));
            if (office)
            {
                bool spokesOffice = spokes >= 0 && spokes < runStart;
                return new SpeakerRef
                {
                    Text = spokesOffice ? WithoutArticle(view.Slice(view.Tokens[runStart].Start, spanEnd)) : WithoutArticle(view.Slice(spanStart, spanEnd)),
                    MentionStart = spokesOffice ? view.Tokens[runStart].Start : spanStart,
                    MentionEnd = spanEnd,
                    Kind = spokesOffice ? SpeakerKinds.Spokesperson : null,
                };
            }

            int nameStart = runStart;
            bool titled = runStart > first && RoleWords.Roles.Contains(view.Word(runStart - 1));
            for (int t = runStart; t <= last; t++)
            {
                if (RoleWords.Titles.Contains(view.Word(t)))
                {
                    nameStart = t + 1;
                    titled = true;
                }
            }

            while (nameStart <= last && (PhraseWords.Determiners.Contains(view.Word(nameStart)) || PhraseWords.Stops.Contains(view.Word(nameStart))))
            {
                nameStart++;
            }

            if (nameStart <= last)
            {
                bool org = false;
                for (int t = nameStart; t <= last; t++)
                {
                    org |= RoleWords.OrganisationHeads.Contains(view.Word(t));
                }

                int nameSpanStart = view.Tokens[nameStart].Start;
                string name = view.Slice(nameSpanStart, spanEnd);
                if (org)
                {
                    // "a spokesperson for the British Foreign Office": an unnamed spokesperson is their organisation.
                    bool spokesOrg = spokes >= 0 && spokes < runStart;
                    return new SpeakerRef
                    {
                        Text = spokesOrg ? WithoutArticle(view.Slice(view.Tokens[runStart].Start, spanEnd)) : WithoutArticle(view.Slice(spanStart, spanEnd)),
                        MentionStart = nameSpanStart,
                        MentionEnd = spanEnd,
                        Kind = spokesOrg ? SpeakerKinds.Spokesperson : null,
                    };
                }

                titled |= spokes >= 0 && spokes < runStart;

                bool person = titled || last > nameStart || names.IsKnownSurname(name);
                return new SpeakerRef
                {
                    Text = person ? names.Expand(name) : WithoutArticle(view.Slice(spanStart, spanEnd)),
                    MentionStart = nameSpanStart,
                    MentionEnd = spanEnd,
                    IsPerson = person,
                };
            }
        }

        string headLower = view.WordString(last).ToLowerInvariant();
        string text = view.Slice(spanStart, spanEnd);
        if (phrase.Length <= 3 && view.Is(first, "the") && RoleWords.Roles.Contains(view.Word(last)) && names.WithRole(headLower, spanStart) is { } holder)
        {
            return new SpeakerRef { Text = holder, MentionStart = spanStart, MentionEnd = spanEnd, IsPerson = true };
        }

        if (spokes == last)
        {
            // "a company spokesperson", "Kremlin spokesman": the organisation before the role when named.
            int orgEnd = last;
            int orgStart = orgEnd;
            while (orgStart - 1 >= first && view.IsCapitalized(orgStart - 1))
            {
                orgStart--;
            }

            return orgStart < orgEnd
                ? new SpeakerRef { Text = view.Slice(view.Tokens[orgStart].Start, view.Tokens[orgEnd - 1].End), MentionStart = view.Tokens[orgStart].Start, MentionEnd = view.Tokens[orgEnd - 1].End, Kind = SpeakerKinds.Spokesperson }
                : new SpeakerRef { Text = text, MentionStart = spanStart, MentionEnd = spanEnd, Kind = SpeakerKinds.Spokesperson };
        }

        if (phrase.Length <= 3 && MediumNouns.Contains(view.Word(last)) && (view.Is(first, "the") || view.Is(first, "a") || view.Is(first, "its") || view.Is(first, "his") || view.Is(first, "her")))
        {
            return new SpeakerRef { Text = text, MentionStart = spanStart, MentionEnd = spanEnd, IsMediumNoun = true };
        }

        return new SpeakerRef
        {
            Text = RoleWords.UnnamedKind(headLower) is not null ? text : WithoutArticle(text),
            MentionStart = spanStart,
            MentionEnd = spanEnd,
            Kind = RoleWords.UnnamedKind(headLower),
        };
    }

    /// <summary>Nouns for a message rather than its author ("the statement said"): they stand for the last speaker.</summary>
    private static readonly WordSet MediumNouns = new(["statement", "release", "letter", "tweet", "post", "email", "memo", "filing", "video", "message"]);

    private static bool RunHasTitle(ArticleView view, int from, int last)
    {
        for (int t = from; t <= last; t++)
        {
            if (RoleWords.Titles.Contains(view.Word(t)) && !RoleWords.OrganisationHeads.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word before "of"/"for" (skipping "the" after it): "Commissioner" in "Commissioner for Human Rights".</summary>
    private static int LinkerHead(ArticleView view, int linker) => view.Is(linker, "the") ? linker - 2 : linker - 1;

    private static string WithoutArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
}
