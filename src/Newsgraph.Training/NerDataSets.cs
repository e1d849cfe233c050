namespace Newsgraph.Training;

/// <summary>
/// Which corpus is read how and split how. Official dev splits are kept (CrossNER); GMB, re3d and
/// WikiGold have none, so a seeded share of whole documents (GMB: blocks of 100 sentences) is held
/// out; UNER EWT dev is never trained on.
/// </summary>
internal static class NerDataSets
{
    public const double GmbDevShare = 0.10;
    public const double Re3dDevShare = 0.25;
    public const double WikiGoldDevShare = 0.30;

    /// <param name="Unlabeled">Every sentence not held out, each once (GMB's unused half too): the text word classes are computed from.</param>
    public sealed record Loaded(List<NerSentence> Train, Dictionary<string, (List<NerSentence> Sentences, bool HasNorp)> Dev, List<string> Files, List<string[]> Unlabeled);

    public static Loaded Load(string shared, int seed, NerTrainingOptions options)
    {
        string data = Path.Combine(shared, "data");
        var files = new List<string>();
        var train = new List<NerSentence>();
        var dev = new Dictionary<string, (List<NerSentence>, bool)>();

        string gmbPath = Path.Combine(data, "ner_gmb", "ner_dataset.csv.zip");
        files.Add(gmbPath);
        var conventions = CorpusConventions.Load(shared, files);
        var gmb = HeldOutSplit.ByDocument(NerCorpora.ReadGmb(gmbPath, conventions), seed, GmbDevShare);
        var gmbTrain = gmb.Train.Where(s => HeldOutSplit.IsHeldOut("train-" + s.Document, seed, options.GmbTrainShare))
            .Select(s => options.GmbMisc ? s : s.WithoutMisc()).ToList();
        if (options.DevFoldShare > 0)
        {
            var (rest, fold) = SplitFold(gmbTrain, seed, options.DevFoldShare);
            gmbTrain = rest;
            dev["fold: gmb (training blocks held out for tuning)"] = (fold, true);
        }

        train.AddRange(gmbTrain);
        dev["gmb (seeded 10% of 100-sentence blocks)"] = (gmb.Dev, true);
        var unlabeled = gmb.Train.Select(s => s.Tokens).ToList();

        string crossTrain = Path.Combine(data, "ner_crossner_politics", "train.txt");
        string crossDev = Path.Combine(data, "ner_crossner_politics", "dev.txt");
        files.AddRange([crossTrain, crossDev]);
        var gold = new List<NerSentence>(NerCorpora.ReadConll("crossner", crossTrain, 0, 1, '\t', CorpusTagMap.CrossNer));
        dev["crossner-politics (official dev)"] = (NerCorpora.AsSeparateDocuments(NerCorpora.ReadConll("crossner", crossDev, 0, 1, '\t', CorpusTagMap.CrossNer)), false);

        var re3d = new List<NerSentence>();
        foreach (string path in Directory.GetFiles(Path.Combine(data, "ner_re3d", "conll_by_source"), "*.conll", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(path);
            re3d.AddRange(NerCorpora.ReadConll("re3d", path, 0, 1, '\t', CorpusTagMap.Re3d, CorpusConventions.Re3d));
        }

        var re3dSplit = HeldOutSplit.ByDocument(re3d, seed, Re3dDevShare);
        gold.AddRange(re3dSplit.Train);
        dev["re3d (seeded 25% of documents)"] = (re3dSplit.Dev, true);

        string wikigold = Path.Combine(data, "ner_wikigold", "wikigold.conll.txt");
        files.Add(wikigold);
        var wiki = HeldOutSplit.ByDocument(NerCorpora.ReadConll("wikigold", wikigold, 0, 1, ' ', CorpusTagMap.Conll), seed, WikiGoldDevShare);
        gold.AddRange(wiki.Train);
        var goldFold = new List<NerSentence>();
        if (options.DevFoldShare > 0)
        {
            (gold, goldFold) = SplitFold(gold, seed, options.DevFoldShare);
        }

        for (int repeat = 0; repeat < options.GoldCorpusRepeats; repeat++)
        {
            train.AddRange(gold);
        }

        unlabeled.AddRange(gold.Select(s => s.Tokens));

        dev["wikigold (seeded 30% of articles)"] = (wiki.Dev, false);

        string gum = Path.Combine(data, "ner_gum");
        files.AddRange(Directory.GetFiles(Path.Combine(gum, "train", "dep"), "*.conllu").Order(StringComparer.Ordinal));
        files.AddRange(Directory.GetFiles(Path.Combine(gum, "dev", "dep"), "*.conllu").Order(StringComparer.Ordinal));
        var gumTrain = GumCorpus.Read(Path.Combine(gum, "train", "dep"));
        if (options.DevFoldShare > 0)
        {
            var (rest, fold) = SplitFold(gumTrain, seed, options.DevFoldShare);
            gumTrain = rest;
            goldFold.AddRange(fold);
            dev["fold: gold corpora (training blocks held out for tuning)"] = (goldFold, false);
        }

        for (int repeat = 0; options.UseGum && repeat < options.GoldCorpusRepeats; repeat++)
        {
            train.AddRange(gumTrain);
        }

        unlabeled.AddRange(gumTrain.Select(s => s.Tokens));

        dev["gum (official dev, 12 documents, names only)"] = (GumCorpus.Read(Path.Combine(gum, "dev", "dep")), false);

        string ngec = Path.Combine(data, "events_ngec_synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip");
        files.Add(ngec);
        unlabeled.AddRange(UnlabeledText.ReadNgecStories(ngec));

        string uner = Path.Combine(data, "ner_uner_en", "ewt", "en_ewt-ud-dev.iob2");
        files.Add(uner);
        dev["uner-ewt (official dev, not trained on)"] = (ReadUner(uner), false);
        if (!options.MiscKind)
        {
            // Once per sentence: a gold corpus is repeated in the list, and its repeats must stay the same
            // object (equal records), as callers de-duplicate with Distinct (FineTuneExport).
            var stripped = new Dictionary<NerSentence, NerSentence>(ReferenceEqualityComparer.Instance);
            train = [.. train.Select(s => stripped.TryGetValue(s, out var done) ? done : stripped[s] = s.WithoutMisc())];

            // The scored sets too, so a dump's "unknown" tokens are what they were before the MISC kind.
            foreach (var (name, (sentences, norp)) in dev.ToList())
            {
                dev[name] = ([.. sentences.Select(s => s.WithoutMisc())], norp);
            }
        }

        return new Loaded(train, dev, files, unlabeled);
    }

    /// <summary>
    /// Moves a seeded share of 50-sentence blocks within each document out of <paramref name="sentences"/>
    /// (CrossNER train is one document, so whole documents would not do); a block's sentences stay together.
    /// </summary>
    private static (List<NerSentence> Kept, List<NerSentence> Fold) SplitFold(List<NerSentence> sentences, int seed, double share)
    {
        var rest = new List<NerSentence>();
        var fold = new List<NerSentence>();
        string document = "";
        int ordinal = 0;
        foreach (var sentence in sentences)
        {
            ordinal = sentence.Document == document ? ordinal + 1 : 0;
            document = sentence.Document;
            bool held = HeldOutSplit.IsHeldOut($"fold-{sentence.Corpus}-{sentence.Document}-{ordinal / 50}", seed, share);
            (held ? fold : rest).Add(held ? sentence with { Document = $"{sentence.Document}#{ordinal / 50}" } : sentence);
        }

        return (rest, fold);
    }

    public static List<NerSentence> ReadUner(string path) => NerCorpora.ReadConll("uner", path, 1, 2, '\t', CorpusTagMap.Conll);
}
