namespace Newsgraph.Extraction.Text;

/// <summary>
/// Recognises a photo caption in flattened text: a paragraph ending with a parenthesised credit
/// ("… (Jane Doe/Reuters)") or with a credit label ("… Photo: Jane Doe").
/// </summary>
internal static class CaptionParser
{
    /// <summary>Longest unit read as a caption; captions are a sentence or three.</summary>
    private const int MaxCaptionChars = 1200;

    /// <summary>Longest credit; credits are names and agencies.</summary>
    private const int MaxCreditChars = 200;

    public readonly record struct Caption(string? Text, string Credit);

    public static Caption? Parse(string unit)
    {
        if (unit.Length > MaxCaptionChars)
        {
            return null;
        }

        return FromParenthesis(unit) ?? FromLabel(unit);
    }

    private static Caption? FromParenthesis(string unit)
    {
        if (!unit.EndsWith(')'))
        {
            return null;
        }

        int depth = 0;
        int open = -1;
        for (int i = unit.Length - 1; i >= 0; i--)
        {
            if (unit[i] == ')')
            {
                depth++;
            }
            else if (unit[i] == '(' && --depth == 0)
            {
                open = i;
                break;
            }
        }

        if (open <= 0)
        {
            return null;
        }

        string credit = unit[(open + 1)..^1].Trim();
        string text = unit[..open].Trim();
        if (credit.Length == 0 || credit.Length > MaxCreditChars || text.Length == 0 || !LooksLikeCredit(credit))
        {
            return null;
        }

        return new Caption(text, StripLabel(credit));
    }

    private static Caption? FromLabel(string unit)
    {
        foreach (string label in TextCues.CreditLabels)
        {
            int at = unit.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && !(unit[at - 1] == ' ' && (at < 2 || unit[at - 2] is '.' or '!' or '?' or '|' or ')' or '”' or '"' or ' '))))
            {
                continue;
            }

            string credit = unit[(at + label.Length)..].Trim().TrimEnd('.', ')').Trim();
            if (credit.Length == 0 || credit.Length > MaxCreditChars || credit.Contains(". ", StringComparison.Ordinal))
            {
                continue;
            }

            string text = unit[..at].Trim().TrimEnd('|').Trim();
            return new Caption(text.Length == 0 ? null : text, credit);
        }

        return null;
    }

    private static bool LooksLikeCredit(string credit)
    {
        foreach (string cue in TextCues.CreditCues)
        {
            if (credit.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "Jane Doe/Agency": photographer and agency joined by a slash.
        int slash = credit.IndexOf('/');
        return slash > 0 && slash + 1 < credit.Length && char.IsLetter(credit[slash - 1]) && char.IsUpper(credit[slash + 1]);
    }

    private static string StripLabel(string credit)
    {
        foreach (string label in TextCues.CreditLabels)
        {
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return credit[label.Length..].Trim();
            }
        }

        return credit;
    }
}
