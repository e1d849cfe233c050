using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Entities.Lexicon;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Finds the names of one document: the tagger's spans per sentence, repaired by rule (a leading
/// "the", a possessive "'s", titles such as "President" left outside the name), typed and resolved
/// by the lexicon (GPE vs LOC, nationalities, parties, seats of government, known actors), then
/// lexicon names the tagger missed (countries, nationalities, parties, large places, known
/// organisations).
/// </summary>
internal sealed class MentionFinder(EntityLexicon lexicon, ITokenTagger tagger)
{
    /// <summary>Longest stretch given to the tagger at once; longer sentences (run-on or hostile text) are cut.</summary>
    public const int MaxTaggedTokens = 200;

    /// <summary>Longest name kept, in tokens: longer tagger spans are run-on garbage.</summary>
    public const int MaxMentionTokens = 10;

    /// <summary>
    /// Places found by the lexicon alone must be this large (or a capital or region): smaller towns
    /// share names with people and words ("Reading", "Warren", "Independence").
    /// </summary>
    public const long MinUntaggedCityPopulation = 250_000;

    /// <summary>A one-word tagger person or organisation that is a city this large (or a capital) is the city.</summary>
    public const long MinRetypedCityPopulation = 1_000_000;

    public List<Mention> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        var windows = new List<Window>();
        for (int s = 0; s < sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            for (int first = sentence.FirstToken; first < sentence.EndToken; first += MaxTaggedTokens)
            {
                int end = Math.Min(sentence.EndToken, first + MaxTaggedTokens);
                windows.Add(new Window(text, tokens, first, end, s));
            }
        }

        // The whole article at once, so the tagger's labels agree across sentences.
        var tagged = tagger.TagDocument([.. windows.Select(w => (IReadOnlyList<string>)w.Words)]);
        for (int w = 0; w < windows.Count; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FindInWindow(windows[w], tagged[w], mentions);
        }

        AddStateAbbreviations(text, tokens, sentences, mentions);
        DropCommonWords(text, tokens, sentences, mentions);
        AddRepeatedPeople(text, tokens, sentences, mentions);
        return mentions;
    }

    /// <summary>
    /// US states as news writes them after a place or a lawmaker: "Portland, Ore.", "(D-Minn.)",
    /// "R-Texas". A party designation names a state by its AP abbreviation, postal code or name; an
    /// AP abbreviation alone counts only after "Place," (alone "Miss." and "Ind." are other words).
    /// A one-token mention the tagger already made of the abbreviation ("Ore." as an unknown place)
    /// is replaced by the state: the tagger finds the span but cannot know which state it names.
    /// </summary>
    private void AddStateAbbreviations(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, List<Mention> mentions)
    {
        var covered = new HashSet<int>();
        var singleTokens = new Dictionary<int, Mention>();
        foreach (var mention in mentions)
        {
            for (int t = mention.FirstToken; t < mention.EndToken; t++)
            {
                covered.Add(t);
            }

            if (mention.EndToken == mention.FirstToken + 1 && !mention.Resolved)
            {
                singleTokens[mention.FirstToken] = mention;
            }
        }

        bool changed = false;
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = tokens[t];
                var tagged = singleTokens.GetValueOrDefault(t);
                if ((covered.Contains(t) && tagged is null) || !char.IsUpper(text[token.Start]))
                {
                    continue;
                }

                int start = token.Start;
                string key = NameKey.Of(token.In(text));
                string? state = null;
                if (key.Length > 2 && key[1] == ' ' && NameRules.PartyLetters.Contains(key[0]) && text[token.Start + 1] == '-')
                {
                    // "D-Minn.", "R-S.D.", "R-Texas": the party letter is not part of the state.
                    string rest = key[2..];
                    state = NameRules.UsStateAbbreviations.GetValueOrDefault(rest) ?? NameRules.UsPostalCodes.GetValueOrDefault(rest)
                        ?? (lexicon.Places.TryGetValue(rest, out var named) && named.IsRegion && named.Iso2 == "US" ? rest : null);
                    start = token.Start + 2;
                }
                else if (t >= sentences[s].FirstToken + 2 && tokens[t - 1].In(text) is "," && char.IsUpper(text[tokens[t - 2].Start]))
                {
                    state = NameRules.UsStateAbbreviations.GetValueOrDefault(key);
                }

                if (state is null || !lexicon.Places.TryGetValue(state, out var place) || !place.IsRegion || place.Iso2 != "US")
                {
                    continue;
                }

                if (tagged is not null)
                {
                    mentions.Remove(tagged);
                }

                changed = true;
                mentions.Add(new Mention
                {
                    FirstToken = t,
                    EndToken = t + 1,
                    Start = start,
                    End = token.End,
                    Surface = text[start..token.End],
                    Key = state,
                    Type = EntityType.Gpe,
                    Sentence = s,
                    Identity = "geonames:" + place.GeonameId,
                    CrossKey = "geonames:" + place.GeonameId,
                    // Region records carry no display name: the state's lookup key in title case is it.
                    CanonicalName = place.Name.Length > 0 ? place.Name : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(state),
                    Country = place.Iso2,
                    Resolved = true,
                });
            }
        }

        if (changed)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Title-case headlines and sentence starts capitalise ordinary words ("Kim to Meet in Russia",
    /// "Activists"): a one-word name the lexicon does not know, whose lower-case form the same
    /// document uses as an ordinary word, is that word.
    /// </summary>
    private static void DropCommonWords(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, List<Mention> mentions)
    {
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]))
            {
                lowerWords.Add(NameKey.Of(token.In(text)));
            }
        }

        mentions.RemoveAll(m => m.WordCount == 1 && !m.Resolved && m.Identity is null && m.CrossKey is null
            && (m.Type != EntityType.Person || m.FirstToken == sentences[m.Sentence].FirstToken)
            && (lowerWords.Contains(m.Key) || (m.Key.EndsWith('s') && lowerWords.Contains(m.Key[..^1]))));
    }

    /// <summary>
    /// A person named in full once is often named again by surname where the tagger sees no name
    /// ("he supported Trump"): uncovered capitalised words equal to a person's full name's last word
    /// become mentions of that name.
    /// </summary>
    private static void AddRepeatedPeople(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, List<Mention> mentions)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var covered = new HashSet<int>();
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.WordCount >= 2)
            {
                surnames.Add(mention.Key[(mention.Key.LastIndexOf(' ') + 1)..]);
            }

            for (int t = mention.FirstToken; t < mention.EndToken; t++)
            {
                covered.Add(t);
            }
        }

        if (surnames.Count == 0)
        {
            return;
        }

        int added = mentions.Count;
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = tokens[t];
                if (covered.Contains(t) || token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]))
                {
                    continue;
                }

                string key = NameKey.Of(token.In(text));
                if (surnames.Contains(key) && !(t + 1 < sentences[s].EndToken && tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[t + 1].Start])))
                {
                    mentions.Add(new Mention
                    {
                        FirstToken = t,
                        EndToken = t + 1,
                        Start = token.Start,
                        End = token.End,
                        Surface = token.TextOf(text),
                        Key = key,
                        Type = EntityType.Person,
                        Sentence = s,
                    });
                }
            }
        }

        if (mentions.Count > added)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private void FindInWindow(Window window, IReadOnlyList<TaggedEntity> taggedEntities, List<Mention> mentions)
    {
        var found = new List<Mention>();
        foreach (var tagged in taggedEntities)
        {
            foreach (var (start, end, kind) in Pieces(window, tagged.Start, tagged.End, tagged.Kind))
            {
                if (Classify(window, start, end, kind, fromTagger: true) is { } mention)
                {
                    found.Add(mention);
                }
            }
        }

        JoinInstitutionNames(window, found);
        PreferLongLexiconNames(window, found);
        ExtendPeople(window, found);
        AddPeopleAfterTitles(window, found);
        var covered = new bool[window.Count];
        foreach (var mention in found)
        {
            Array.Fill(covered, true, mention.FirstToken - window.First, mention.EndToken - mention.FirstToken);
        }

        for (int i = 0; i < window.Count; i++)
        {
            // "6th Avenue", "42nd Street" left untagged: the ordinal opens the street's name, and the
            // tagger, which keys on capitalisation, may skip a name whose first token is a number.
            if (!covered[i] && i + 2 <= window.Count && !covered[i + 1] && IsNumberedStreet(window, i, i + 2)
                && Classify(window, i, i + 2, EntityKind.Loc, fromTagger: false) is { } street)
            {
                found.Add(street);
                covered[i] = covered[i + 1] = true;
                i++;
                continue;
            }

            if (covered[i] || !StartsUpper(window.Words[i]))
            {
                continue;
            }

            if (LongestLexiconName(window, i, covered) is { } mention)
            {
                found.Add(mention);
                int length = mention.EndToken - mention.FirstToken;
                Array.Fill(covered, true, i, length);
                i += length - 1;
            }
        }

        JoinNationalInstitutions(window, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        mentions.AddRange(found);
    }

    /// <summary>
    /// "Palestinian Authority", "Chinese Communist Party", "Russian Defense Ministry": a nationality
    /// followed by capitalised words ending in an organisation word is that organisation (the tagger
    /// often keeps only the nationality, and the head alone reads as a common noun).
    /// </summary>
    private void JoinNationalInstitutions(Window window, List<Mention> found)
    {
        for (int m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Type != EntityType.Norp || mention.WordCount != 1)
            {
                continue;
            }

            int start = mention.FirstToken - window.First;
            int end = mention.EndToken - window.First;
            int j = end;
            int orgEnd = -1;
            while (j < window.Count && j - end < 3 && window.Kinds[j] == TokenKind.Word && StartsUpper(window.Words[j])
                && !NameRules.NeverNames.Contains(window.Keys[j]) && !found.Any(o => o.FirstToken - window.First == j && (o.Resolved || o.Type == EntityType.Person)))
            {
                j++;
                if (lexicon.OrgHeads.Contains(window.Keys[j - 1]) || NameRules.InstitutionHeads.Contains(window.Keys[j - 1]))
                {
                    orgEnd = j;
                }
            }

            if (orgEnd < 0 || Classify(window, start, orgEnd, EntityKind.Org, fromTagger: true) is not { Type: EntityType.Org } organisation)
            {
                continue;
            }

            int first = window.First + start;
            int last = window.First + orgEnd;
            found.RemoveAll(o => o != mention && o.FirstToken < last && o.EndToken > first);
            found[found.IndexOf(mention)] = organisation;
        }
    }

    /// <summary>
    /// The tagger often stops an institution's name at its "of", "on" or "for", or splits it at
    /// "and" ("[National Institute] on [Drug Abuse]", "[American University] of Kabul", "[U.S.
    /// Securities] and [Exchange Commission]"): a name ending in an institution word goes on through
    /// the connector and the capitalised run after it; an unknown name joined by "and" to an
    /// organisation whose last word is an organisation word is one name with it.
    /// </summary>
    private void JoinInstitutionNames(Window window, List<Mention> found)
    {
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Type is not (EntityType.Org or EntityType.Fac) || mention.Identity is not null)
            {
                continue;
            }

            int start = mention.FirstToken - window.First;
            int end = mention.EndToken - window.First;
            int joined = InstitutionTailEnd(window, end);
            if (joined < 0 && end + 1 < window.Count && window.Keys[end] is "and" or "&" && m + 1 < found.Count
                && found[m + 1].FirstToken - window.First == end + 1 && found[m + 1].Type == EntityType.Org && found[m + 1].Identity is null
                && lexicon.OrgHeads.Contains(window.Keys[found[m + 1].EndToken - window.First - 1])
                && !lexicon.OrgHeads.Contains(window.Keys[end - 1]) && !IsPlaceOrGroup(mention.Key) && !mention.Resolved)
            {
                joined = found[m + 1].EndToken - window.First;
            }

            if (joined < 0 || joined - start > MaxMentionTokens || Classify(window, start, joined, EntityKind.Org, fromTagger: true) is not { } longer)
            {
                continue;
            }

            int first = window.First + start;
            int last = window.First + joined;
            found.RemoveAll(other => other != mention && other.FirstToken < last && other.EndToken > first);
            found[found.IndexOf(mention)] = longer;
            m = found.IndexOf(longer);
        }
    }

    /// <summary>
    /// Where a name ending at token <paramref name="end"/> goes on when it is an institution's:
    /// "University" + "of Kabul", "Office" + "for the Western District of New York"; -1 when it does not.
    /// "on" and "for" need a run of two words that is no place ("Congress on Ukraine" is not a name).
    /// </summary>
    private int InstitutionTailEnd(Window window, int end)
    {
        if (end < 1 || end + 1 >= window.Count || !NameRules.InstitutionConnectors.Contains(window.Keys[end])
            || !(NameRules.InstitutionHeads.Contains(window.Keys[end - 1]) || lexicon.OrgHeads.Contains(window.Keys[end - 1])))
        {
            return -1;
        }

        string connector = window.Keys[end];
        int runStart = end + 1;
        if (window.Keys[runStart] == "the" && runStart + 1 < window.Count)
        {
            runStart++;
        }

        int j = runStart;
        int words = 0;
        while (j < window.Count && words < NameRules.MaxInstitutionTailWords)
        {
            bool name = window.Kinds[j] is TokenKind.Word or TokenKind.Abbreviation && StartsUpper(window.Words[j]) && !NameRules.NeverNames.Contains(window.Keys[j]);
            bool inner = words > 0 && window.Keys[j] is "and" or "&" or "of" && j + 1 < window.Count && StartsUpper(window.Words[j + 1])
                && !NameRules.NeverNames.Contains(window.Keys[j + 1]);
            if (!name && !inner)
            {
                break;
            }

            words += name ? 1 : 0;
            j++;
        }

        if (words == 0 || (connector != "of" && (words < 2 || IsPlaceOrGroup(window.Keys[runStart]))))
        {
            return -1;
        }

        return j;
    }

    /// <summary>
    /// A country, nationality or seat of government of two or more words wins over the tagger's
    /// pieces inside it ("[North] [Korean]" → "North Korean"; "Democratic People's Republic of Korea").
    /// </summary>
    private void PreferLongLexiconNames(Window window, List<Mention> found)
    {
        for (int i = 0; i < window.Count; i++)
        {
            if (!StartsUpper(window.Words[i]))
            {
                continue;
            }

            string key = window.Keys[i];
            int best = -1;
            for (int end = i + 2; end <= Math.Min(window.Count, i + EntityLexicon.MaxPhraseWords); end++)
            {
                if (window.Keys[end - 1].Length == 0)
                {
                    continue;
                }

                key = window.Append(key, end - 1);
                if (StartsUpper(window.Words[end - 1]) && (lexicon.Countries.ContainsKey(key) || lexicon.Nationalities.ContainsKey(key) || Metonyms.Seats.ContainsKey(key)))
                {
                    best = end;
                }
            }

            if (best < 0)
            {
                continue;
            }

            int first = window.First + i;
            int last = window.First + best;
            if (found.Any(m => m.FirstToken < last && m.EndToken > first && (m.FirstToken < first || m.EndToken > last)))
            {
                continue;
            }

            if (Classify(window, i, best, EntityKind.Loc, fromTagger: false) is { } mention)
            {
                found.RemoveAll(m => m.FirstToken < last && m.EndToken > first);
                found.Add(mention);
                i = best - 1;
            }
        }
    }

    /// <summary>
    /// The tagger sometimes stops a person's name early ("[Nealy] Cox", "[James Kennedy] Jr."): a
    /// capitalised word or a generational suffix right after it, that is nothing else, joins it.
    /// </summary>
    private void ExtendPeople(Window window, List<Mention> found)
    {
        var starts = found.Select(m => m.FirstToken - window.First).ToHashSet();
        for (int m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }

            int start = mention.FirstToken - window.First;
            int end = mention.EndToken - window.First;
            while (end < window.Count && end - start < 5 && !starts.Contains(end)
                && ((window.Kinds[end] == TokenKind.Word && StartsUpper(window.Words[end]) && !NameRules.NeverNames.Contains(window.Keys[end])
                        && !IsPlaceOrGroup(window.Keys[end]) && !IsTitleAt(window, end) && !lexicon.OrgHeads.Contains(window.Keys[end]))
                    || NameRules.GenerationalSuffixes.Contains(window.Keys[end])))
            {
                end++;
            }

            // "[Sonya] A. [Zoghlin]", "[John] F. Kennedy": a middle initial joins the first name to the
            // surname after it, even when the tagger made the surname a name of its own.
            if (end + 1 < window.Count && end - start < 4 && IsInitial(window.Words[end]) && StartsUpper(window.Words[end + 1])
                && window.Kinds[end + 1] == TokenKind.Word && !NameRules.NeverNames.Contains(window.Keys[end + 1])
                && !IsPlaceOrGroup(window.Keys[end + 1]) && !lexicon.OrgHeads.Contains(window.Keys[end + 1]))
            {
                int surnameEnd = end + 2;
                var surname = found.FirstOrDefault(o => o.FirstToken - window.First == end + 1);
                if (surname is { Identity: null })
                {
                    surnameEnd = Math.Max(surnameEnd, surname.EndToken - window.First);
                    found.Remove(surname);
                    m = found.IndexOf(mention);
                }

                end = surnameEnd;
            }

            if (end > mention.EndToken - window.First)
            {
                found[m] = Classify(window, start, end, EntityKind.Person, fromTagger: true) ?? mention;
            }
        }
    }

    /// <summary>"6th Avenue", "42nd Street": an ordinal opening a street's name is part of it.</summary>
    private static bool IsNumberedStreet(Window window, int start, int end) =>
        end - start == 2 && NameRules.FacilityHeads.Contains(window.Keys[end - 1]) && StartsUpper(window.Words[end - 1])
        && window.Words[start].Length > 2 && char.IsDigit(window.Words[start][0])
        && window.Keys[start][^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>A middle initial: one capital letter and a period ("A.").</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>
    /// A capitalised run after a title or role noun is a person ("President Trump", "spokesman
    /// Zabihullah Mujahid", "General Mark Milley"), whatever the tagger made of it, unless the run
    /// is a known place, group or organisation.
    /// </summary>
    private void AddPeopleAfterTitles(Window window, List<Mention> found)
    {
        for (int i = 0; i < window.Count - 1; i++)
        {
            if (!IsTitleAt(window, i) && !NameRules.Honorifics.Contains(window.Keys[i]))
            {
                continue;
            }

            int j = i + 1;
            while (j < window.Count && StartsUpper(window.Words[j]) && (IsTitleAt(window, j) || NameRules.Honorifics.Contains(window.Keys[j])))
            {
                j++;
            }

            int runStart = j;
            while (j < window.Count && j - runStart < 4 && window.Kinds[j] is TokenKind.Word or TokenKind.Abbreviation
                && StartsUpper(window.Words[j]) && !IsHyphenatedAdjective(window.Words[j]) && !NameRules.NeverNames.Contains(window.Keys[j]))
            {
                j++;
                if (IsTitleAt(window, j - 1))
                {
                    runStart = j;
                }
            }

            if (j < window.Count && NameRules.GenerationalSuffixes.Contains(window.Keys[j]))
            {
                j++;
            }

            if (j == runStart || lexicon.OrgHeads.Contains(window.Keys[j - 1]) || NameRules.NeverNames.Contains(window.Keys[runStart]))
            {
                i = Math.Max(i, j - 1);
                continue;
            }

            string key = window.KeyOf(runStart, j);
            bool known = IsPlaceOrGroup(key) || PartyNames.PartyByMemberWord.ContainsKey(key) || Metonyms.Seats.ContainsKey(key)
                || (lexicon.Actors.TryGetValue(key, out var actor) && actor.IsOrg) || IsPlaceOrGroup(window.Keys[runStart]);
            int first = window.First + runStart;
            int last = window.First + j;
            bool already = found.Any(m => m.FirstToken == first && m.EndToken == last && m.Type == EntityType.Person);
            if (!known && !already && Classify(window, runStart, j, EntityKind.Person, fromTagger: true) is { } person)
            {
                found.RemoveAll(m => m.FirstToken < last && m.EndToken > first);
                found.Add(person);
            }

            i = j - 1;
        }
    }

    /// <summary>
    /// Cuts a tagger span where a name cannot continue: punctuation, a possessive, a lower-case word
    /// ("Esper said", "White House press"), "and" between two people or places, and a leading
    /// nationality before a person's name ("American Kevin King").
    /// </summary>
    private IEnumerable<(int Start, int End, EntityKind Kind)> Pieces(Window window, int start, int end, EntityKind kind)
    {
        int pieceStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && !IsBreak(window, i, start, end, kind))
            {
                continue;
            }

            if (i > pieceStart && Repair(window, pieceStart, i, kind) is { } piece)
            {
                if (SplitKnownPrefix(window, piece) is { } split)
                {
                    yield return (piece.Start, split.PrefixEnd, EntityKind.Org);
                    yield return split.Person;
                }
                else
                {
                    yield return piece;
                }
            }

            pieceStart = i + 1;
        }
    }

    private bool IsBreak(Window window, int i, int start, int end, EntityKind kind)
    {
        // Inside an organisation's name ("People's Liberation Army", "Communist Party of Vietnam",
        // "Securities and Exchange Commission") possessives and function words belong to the name;
        // elsewhere they end it ("Britain's Conservative Party", "Russia of Crimea", "Joe and Hunter Biden").
        bool organisation = lexicon.OrgHeads.Contains(window.Keys[end - 1]) && kind != EntityKind.Person;
        if (window.Kinds[i] == TokenKind.Clitic)
        {
            return !(organisation && i > start && !IsPlaceOrGroup(window.Keys[i - 1]));
        }

        if (window.Kinds[i] is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis
            or TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag)
        {
            return true;
        }

        if (window.Kinds[i] == TokenKind.Symbol)
        {
            return window.Words[i] != "&";
        }

        string word = window.Words[i];
        if (IsHyphenatedAdjective(word))
        {
            return true;
        }

        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        string key = window.Keys[i];
        if (NameRules.NameParticles.Contains(key) && kind == EntityKind.Person)
        {
            return false;
        }

        // "House of Representatives", "Bank of England": an institution word before "of" carries the
        // name on, whatever word ends the tagger's span.
        bool institutionTail = kind != EntityKind.Person && i > start && i + 1 < end && NameRules.InstitutionConnectors.Contains(key)
            && StartsUpper(window.Words[i - 1]) && StartsUpper(window.Words[i + 1])
            && (NameRules.InstitutionHeads.Contains(window.Keys[i - 1]) || lexicon.OrgHeads.Contains(window.Keys[i - 1]));
        return !((organisation || institutionTail) && NameRules.NameFunctionWords.Contains(key) || (key == "of" && kind == EntityKind.Loc));
    }

    /// <summary>
    /// "North Dakota", "South China Sea", "West Bank": a compass word opening a place's name is part of
    /// it (alone it is never a name, so it is otherwise trimmed from a name's start).
    /// </summary>
    private bool IsCompassPlace(Window window, int start, int end, EntityKind kind) =>
        NameRules.CompassWords.Contains(window.Keys[start]) && StartsUpper(window.Words[start])
        && (kind == EntityKind.Loc || IsPlaceOrGroup(window.KeyOf(start, end)));

    /// <summary>"London-based", "Kremlin-backed": a name turned adjective, not a name.</summary>
    private static bool IsHyphenatedAdjective(string word)
    {
        int dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && NameRules.AdjectiveSuffixes.Contains(word[(dash + 1)..].ToLowerInvariant());
    }

    private bool IsPlaceOrGroup(string key) =>
        lexicon.Countries.ContainsKey(key) || lexicon.Nationalities.ContainsKey(key) || lexicon.Places.ContainsKey(key);

    /// <summary>
    /// "American Kevin King" → "American" + "Kevin King"; "European Union Gordon Sondland" → "European
    /// Union" + "Gordon Sondland": a known group, place or organisation name glued before a person's
    /// name. Not "American University of Kabul" (the rest has an organisation word).
    /// </summary>
    private (int PrefixEnd, (int Start, int End, EntityKind Kind) Person)? SplitKnownPrefix(Window window, (int Start, int End, EntityKind Kind) piece)
    {
        if (piece.End - piece.Start < 3 || piece.Kind is EntityKind.Loc or EntityKind.Norp)
        {
            return null;
        }

        for (int i = piece.Start; i < piece.End; i++)
        {
            if (lexicon.OrgHeads.Contains(window.Keys[i]) && i > piece.Start + 1 || NameRules.NameFunctionWords.Contains(window.Keys[i]) || !StartsUpper(window.Words[i]))
            {
                return null;
            }
        }

        string key = "";
        for (int prefixEnd = piece.Start + 1; prefixEnd <= piece.End - 2 && prefixEnd - piece.Start <= 4; prefixEnd++)
        {
            key = key.Length == 0 ? window.Keys[prefixEnd - 1] : key + " " + window.Keys[prefixEnd - 1];
            if (lexicon.Nationalities.ContainsKey(key) || lexicon.Countries.ContainsKey(key) || Metonyms.Seats.ContainsKey(key)
                || (lexicon.Actors.TryGetValue(key, out var actor) && actor.IsOrg && prefixEnd - piece.Start >= 2))
            {
                return (prefixEnd, (prefixEnd, piece.End, EntityKind.Person));
            }
        }

        return null;
    }

    /// <summary>Trims what the tagger wrongly puts at a name's edges; null when nothing name-like is left.</summary>
    private (int Start, int End, EntityKind Kind)? Repair(Window window, int start, int end, EntityKind kind)
    {
        while (start < end && (NameRules.LeadingDeterminers.Contains(window.Keys[start]) || NameRules.NameFunctionWords.Contains(window.Keys[start])
            || (end - start > 1 && ((NameRules.NeverNames.Contains(window.Keys[start]) && !IsCompassPlace(window, start, end, kind))
                || (window.Kinds[start] == TokenKind.Number && !IsNumberedStreet(window, start, end))
                || (start == 0 && window.Keys[start].Length > 5 && window.Keys[start].EndsWith("ly", StringComparison.Ordinal) && !IsPlaceOrGroup(window.Keys[start]))))))
        {
            start++;
        }

        while (end > start && NameRules.NameFunctionWords.Contains(window.Keys[end - 1]))
        {
            end--;
        }

        // "President Joe Biden", "Sen. Ted Cruz", "Foreign Secretary Dominic Raab", "Russian President
        // Vladimir Putin": titles stay outside the name (the role finder reads them back as roles),
        // and a name after a title is a person's, whatever the tagger said.
        int lastTitle = -1;
        for (int i = start; i < end - 1; i++)
        {
            string key = window.Keys[i];
            if (IsTitleAt(window, i) || NameRules.Honorifics.Contains(key))
            {
                lastTitle = i;
            }
            else if (!(RoleWords.OfficeWords.Contains(key) || lexicon.Nationalities.ContainsKey(key) || lexicon.Countries.ContainsKey(key)
                || PartyNames.PartyByMemberWord.ContainsKey(key)))
            {
                break;
            }
        }

        // "Secretary of [State Mike Pompeo]": the tagger started inside the office name.
        if (lastTitle < 0 && start >= 2 && window.Keys[start - 1] == "of" && IsTitleAt(window, start - 2))
        {
            for (int i = start; i < end - 1 && RoleWords.OfficeWords.Contains(window.Keys[i]); i++)
            {
                lastTitle = i;
            }
        }

        if (lastTitle < 0 && start > 0 && kind == EntityKind.Org && IsTitleAt(window, start - 1) && !lexicon.OrgHeads.Contains(window.Keys[end - 1]))
        {
            // "Russian president [Vladimir Putin]": a name right after a title is a person's.
            kind = EntityKind.Person;
        }

        if (lastTitle >= 0 && StartsUpper(window.Words[lastTitle + 1]) && !lexicon.OrgHeads.Contains(window.Keys[end - 1]))
        {
            start = lastTitle + 1;
            kind = EntityKind.Person;
        }

        // "U.S. Defense Secretary", "White House Press": an office word does not end a name.
        while (end - start > 1 && (kind is EntityKind.Org ? RoleWords.TrailingOfficeWords.Contains(window.Keys[end - 1])
            : IsTitleAt(window, end - 1) || RoleWords.TrailingOfficeWords.Contains(window.Keys[end - 1])))
        {
            end--;
        }

        if (end <= start || end - start > MaxMentionTokens || !StartsUpperOrDigit(window.Words[start]))
        {
            return null;
        }

        if (NameRules.NeverNames.Contains(window.Keys[start]) && (end - start == 1 || window.Kinds[start + 1] == TokenKind.Number))
        {
            return null;
        }

        // "House", "State", "Company", "Source" at a sentence start: common nouns, not names.
        if (end - start == 1 && window.Words[start].Skip(1).All(char.IsLower)
            && (lexicon.OrgHeads.Contains(window.Keys[start]) || lexicon.RoleNouns.Contains(window.Keys[start])) && !IsPlaceOrGroup(window.Keys[start])
            && !PartyNames.PartyByMemberWord.ContainsKey(window.Keys[start]) && !Metonyms.Seats.ContainsKey(window.Keys[start]))
        {
            return null;
        }

        if (end - start == 1 && (IsTitleAt(window, start) || window.Keys[start].Count(char.IsLetter) < 2))
        {
            return null;
        }

        if (!window.Words[start..end].Any(w => w.Any(char.IsLetter)))
        {
            return null;
        }

        // "Zabul province", "Logar province": the lower-case administrative word belongs to the name.
        if (kind == EntityKind.Loc && end < window.Count && NameRules.AdministrativeTails.Contains(window.Words[end]))
        {
            end++;
        }

        // "Hoa Lo prison": a lower-case facility word after a name no gazetteer knows names the facility,
        // even when the tagger took the name for a person's (after a known place it only says where the
        // facility stands: "Kabul airport" stays Kabul).
        if (end < window.Count && NameRules.FacilityHeads.Contains(window.Words[end])
            && !IsPlaceOrGroup(window.KeyOf(start, end)) && !lexicon.Actors.ContainsKey(window.KeyOf(start, end)))
        {
            end++;
            kind = kind == EntityKind.Person ? EntityKind.Org : kind;
        }

        return (start, end, kind);
    }

    /// <summary>Types and resolves a span; fromTagger says the tagger found it (else the lexicon did).</summary>
    private Mention? Classify(Window window, int start, int end, EntityKind kind, bool fromTagger)
    {
        string key = window.KeyOf(start, end);
        string surface = window.SurfaceOf(start, end);
        var mention = window.NewMention(start, end, surface, key, EntityType.Org);

        if (PartyNames.PartyByMemberWord.TryGetValue(key, out string? party))
        {
            mention.Type = EntityType.Org;
            mention.Identity = "party:" + NameKey.Slug(party);
            mention.CanonicalName = party;
            mention.Resolved = true;
            return mention;
        }

        if (Metonyms.Seats.TryGetValue(key, out var seat))
        {
            mention.Type = EntityType.Org;
            mention.Identity = "seat:" + NameKey.Slug(seat.Name);
            mention.CanonicalName = seat.Name;
            mention.Country = seat.Iso2;
            mention.Sector = "government";
            mention.Resolved = true;
            ApplyActor(mention, key);
            return mention;
        }

        if (lexicon.Countries.TryGetValue(key, out var country) && (key.Length > 3 || IsAllUpper(surface)))
        {
            ResolveCountry(mention, country);
            return mention;
        }

        if (lexicon.Nationalities.TryGetValue(key, out var nationality) && kind != EntityKind.Person)
        {
            mention.Type = EntityType.Norp;
            mention.Identity = "norp:" + NameKey.Slug(nationality.Adjective);
            mention.CanonicalName = nationality.Adjective;
            mention.Country = nationality.Iso2;
            mention.CrossKey = "norp:" + NameKey.Slug(nationality.Adjective);
            mention.Resolved = true;
            return mention;
        }

        string lastWord = window.Keys[end - 1];
        // "West Bank", "East End", "South Side": a compass word and one more word name a region, even
        // when that word is an organisation's ("bank") or the tagger said organisation.
        bool compassRegion = end - start == 2 && kind != EntityKind.Person && NameRules.CompassWords.Contains(window.Keys[start]) && StartsUpper(window.Words[start]);
        if (compassRegion)
        {
            kind = EntityKind.Loc;
        }

        if (end - start > 1 && lexicon.OrgHeads.Contains(lastWord) && kind != EntityKind.Person && !NameRules.FacilityHeads.Contains(lastWord)
            && !compassRegion)
        {
            // "South Dakota Department of Social Services", "Conservative Party": an organisation, whatever the tagger said.
            kind = EntityKind.Org;
        }
        else if (end - start == 1 && kind != EntityKind.Loc && lexicon.Places.TryGetValue(key, out var bigPlace)
            && (bigPlace.IsCapital || bigPlace.Population >= MinRetypedCityPopulation))
        {
            // "Kabul" tagged as a person or organisation: a capital or large city is the place.
            kind = EntityKind.Loc;
        }

        if (kind == EntityKind.Loc || !fromTagger)
        {
            if (lexicon.Places.TryGetValue(key, out var place) && !NameRules.CompassWords.Contains(key))
            {
                ResolvePlace(window, mention, place, start, end);
                return mention;
            }

            if (end - start > 1 && fromTagger && StartsUpper(window.Words[end - 1]) && IsPlaceOrGroup(window.KeyOf(start, end - 1))
                && !IsPlaceOrGroup(lastWord) && !NameRules.NaturalFeatureHeads.Contains(lastWord) && !NameRules.FacilityHeads.Contains(lastWord))
            {
                // "Washington Examiner", "Fort Worth Police": a place name and one more word is an organisation.
                mention.Type = EntityType.Org;
                ApplyActor(mention, key);
                return mention;
            }

            mention.Type = NameRules.FacilityHeads.Contains(lastWord) ? EntityType.Fac
                : NameRules.NaturalFeatureHeads.Contains(lastWord) ? EntityType.Loc
                : EntityType.Loc;
            return mention;
        }

        if (kind == EntityKind.Norp)
        {
            mention.Type = EntityType.Norp;
            return mention;
        }

        if (kind == EntityKind.Person)
        {
            mention.Type = EntityType.Person;
            if (mention.WordCount >= 2)
            {
                ApplyActor(mention, key);
            }

            return mention;
        }

        mention.Type = NameRules.FacilityHeads.Contains(lastWord) && end - start > 1 ? EntityType.Fac : EntityType.Org;
        ApplyActor(mention, key);
        if (mention.Country is null && end - start > 1)
        {
            // "Chinese Foreign Ministry", "Russian Defense Ministry": the first word gives the country.
            string firstWord = window.Keys[start];
            mention.Country = lexicon.Nationalities.TryGetValue(firstWord, out var n) ? n.Iso2
                : lexicon.Countries.TryGetValue(firstWord, out var c) && firstWord.Length > 3 ? c.Iso2 : null;
        }

        return mention;
    }

    private void ResolveCountry(Mention mention, CountryRecord country)
    {
        mention.Type = EntityType.Gpe;
        mention.Identity = "country:" + country.Iso2;
        mention.CanonicalName = country.Name;
        mention.Country = country.Iso2;
        mention.CrossKey = "geonames:" + country.GeonameId;
        mention.Resolved = true;
    }

    /// <summary>
    /// Why: a city this large is the referent of its bare name in news far more often than a person's
    /// first name that happens to equal it (<see cref="Mention.MajorPlace"/>); towns named like first
    /// names ("Kim") stay weak.
    /// </summary>
    private const long MajorPlacePopulation = 1_000_000;

    private void ResolvePlace(Window window, Mention mention, PlaceRecord place, int start, int end)
    {
        mention.Resolved = true;
        if (place.IsCapital && lexicon.CountriesByIso2.TryGetValue(place.Iso2, out var country)
            && !Metonyms.IsLiteralPlaceContext(window.KeyBefore(start), window.WordAt(end), window.WordAt(end + 1)))
        {
            // "Pyongyang has made commitments": the capital stands for the government.
            ResolveCountry(mention, country);
            return;
        }

        mention.Type = EntityType.Gpe;
        mention.WeakPlace = end - start == 1;
        mention.MajorPlace = mention.WeakPlace && (place.IsCapital || place.Population >= MajorPlacePopulation);
        mention.Identity = "geonames:" + place.GeonameId;
        mention.CrossKey = "geonames:" + place.GeonameId;
        mention.Country = place.Iso2;
    }

    private void ApplyActor(Mention mention, string key)
    {
        if (!lexicon.Actors.TryGetValue(key, out var actor) || (mention.Type == EntityType.Org && !actor.IsOrg && mention.WordCount < 2))
        {
            return;
        }

        mention.CrossKey = "actor:" + actor.Id;
        mention.Identity ??= "actor:" + actor.Id;
        mention.Sector ??= ActorSectors.SectorOf(actor.Code);
        if (mention.Country is null && ActorSectors.CountryChunk(actor.Code) is { } iso3 && lexicon.CountriesByIso3.TryGetValue(iso3, out var country))
        {
            mention.Country = country.Iso2;
        }
    }

    /// <summary>The longest lexicon name starting at token i that the tagger missed.</summary>
    private Mention? LongestLexiconName(Window window, int i, bool[] covered)
    {
        string key = "";
        Mention? best = null;
        int max = Math.Min(window.Count, i + EntityLexicon.MaxPhraseWords);
        for (int end = i + 1; end <= max; end++)
        {
            if (covered[end - 1] || window.Kinds[end - 1] is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                break;
            }

            key = window.Append(key, end - 1);
            if (!StartsUpper(window.Words[end - 1]) || key.Length == 0)
            {
                continue;
            }

            if (IsLexiconName(window, i, end, key) is { } found)
            {
                best = found;
            }
        }

        return best;
    }

    private Mention? IsLexiconName(Window window, int start, int end, string key)
    {
        if (PartyNames.PartyByMemberWord.ContainsKey(key) || Metonyms.Seats.ContainsKey(key)
            || (lexicon.Countries.ContainsKey(key) && (key.Length > 3 || IsAllUpper(window.SurfaceOf(start, end))))
            || lexicon.Nationalities.ContainsKey(key))
        {
            return Classify(window, start, end, EntityKind.Loc, fromTagger: false);
        }

        bool standsAlone = (!StartsUpper(window.WordAt(end) ?? "") || NameRules.NeverNames.Contains(NameKey.Of(window.WordAt(end)!))) && !(start > 0 && StartsUpper(window.Words[start - 1]) && start - 1 != 0 && window.Kinds[start - 1] == TokenKind.Word);
        if (lexicon.Places.TryGetValue(key, out var place) && standsAlone && start > 0
            && (place.IsCapital || place.IsRegion || place.Population >= MinUntaggedCityPopulation))
        {
            return Classify(window, start, end, EntityKind.Loc, fromTagger: false);
        }

        // One-word dictionary names only as acronyms ("NATO"), or from the curated news list (code of
        // three letters: "Twitter", "Reuters"); Phoenix's one-word names include common words.
        if (lexicon.Actors.TryGetValue(key, out var actor) && actor.IsOrg && standsAlone
            && (end - start >= 2 || (key.Length >= 3 && IsAllUpper(window.Words[start])) || actor.Code.Length == 3))
        {
            var mention = window.NewMention(start, end, window.SurfaceOf(start, end), key, EntityType.Org);
            mention.Resolved = true;
            ApplyActor(mention, key);
            return mention;
        }

        return null;
    }

    private bool IsTitleAt(Window window, int i) => IsTitleWord(window.Keys[i], StartsUpper(window.Words[i]));

    /// <summary>
    /// A title or role word. Capitalised, only a listed title counts ("President", "Sen.", "Spokesman"):
    /// WordNet's person nouns include first names ("Mark", "Hunter", "National" are role nouns there).
    /// </summary>
    public bool IsTitleWord(string key, bool capitalised) =>
        (lexicon.Titles.Contains(key) || RoleWords.Expansions.ContainsKey(key) || RoleWords.ExtraRoleNouns.Contains(key)
            || (!capitalised && lexicon.RoleNouns.Contains(key)))
        && !RoleWords.NotRoleNouns.Contains(key);

    private static bool IsEdgePunctuation(TokenKind kind) =>
        kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis or TokenKind.Symbol;

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool StartsUpperOrDigit(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    private static bool IsAllUpper(string surface) => surface.Any(char.IsLetter) && !surface.Any(char.IsLower);

    /// <summary>A stretch of one sentence's tokens, with their strings and lookup keys computed once.</summary>
    private sealed class Window
    {
        private readonly string _text;
        private readonly ImmutableArray<Token> _tokens;
        private readonly int _first;
        private readonly int _sentence;

        public Window(string text, ImmutableArray<Token> tokens, int first, int end, int sentence)
        {
            _text = text;
            _tokens = tokens;
            _first = first;
            _sentence = sentence;
            Count = end - first;
            Words = new string[Count];
            Keys = new string[Count];
            Kinds = new TokenKind[Count];
            for (int i = 0; i < Count; i++)
            {
                var token = tokens[first + i];
                Words[i] = token.TextOf(text);
                Keys[i] = NameKey.Of(Words[i]);
                Kinds[i] = token.Kind;
            }
        }

        public int Count { get; }

        /// <summary>Document index of the window's first token.</summary>
        public int First => _first;

        public string[] Words { get; }

        public string[] Keys { get; }

        public TokenKind[] Kinds { get; }

        public string? WordAt(int i) => i >= 0 && i < Count ? Words[i] : null;

        /// <summary>The lookup key of the word before token i, looking past a leading "the".</summary>
        public string? KeyBefore(int i) => i > 0 ? Keys[i - 1] : null;

        public string KeyOf(int start, int end)
        {
            string key = "";
            for (int i = start; i < end; i++)
            {
                key = Append(key, i);
            }

            return key;
        }

        /// <summary>Adds token i's key to a name key: a clitic joins its host ("people's"), other words after a space.</summary>
        public string Append(string key, int i) =>
            Keys[i].Length == 0 ? key : key.Length == 0 ? Keys[i] : Kinds[i] == TokenKind.Clitic ? key + Keys[i] : key + " " + Keys[i];

        public string SurfaceOf(int start, int end) => _text[_tokens[_first + start].Start.._tokens[_first + end - 1].End];

        public Mention NewMention(int start, int end, string surface, string key, EntityType type) => new()
        {
            FirstToken = _first + start,
            EndToken = _first + end,
            Start = _tokens[_first + start].Start,
            End = _tokens[_first + end - 1].End,
            Surface = surface,
            Key = key,
            Type = type,
            Sentence = _sentence,
        };
    }
}
