namespace Newsgraph.Benchmarks;

/// <summary>Dispatches the bench runner's sub-commands.</summary>
internal static class BenchCommandLine
{
    private const string Usage = """
        usage: Newsgraph.Benchmarks extraction [--shared DIR] [--out DIR] [--passes N] [--per-page] [--only ID]
          scores body text (score.py) and metadata against ../shared/bench/extraction/dev and
          measures single-thread pages/s after warm-up and the process's peak memory.
        Newsgraph.Benchmarks extraction-phases [--passes N] [--phase NAME]
          times decode, parse, body, JSON-LD, page scan and metadata separately (wall and process
          CPU ms/page, KB allocated per page); --phase runs one phase alone, e.g. for perf.
        Newsgraph.Benchmarks clustering [--shared DIR] [--out DIR] [--passes SEEDS]
          clusters ../shared/bench/clustering/dev (ECB+) in SEEDS shuffled orders, scores B-cubed and
          pairwise F1 (score.py), leave-topics-out halves, articles/s (NEWSGRAPH_CLUSTER_SWEEP=1 tunes).
        Newsgraph.Benchmarks knowledge [--shared DIR] [--out DIR] [--passes N] [--per-page] [--only events]
          runs the full pipeline on ../shared/bench/knowledge/dev, scores entities, quotes, claims,
          times and events (score.py), and times the full pipeline against extraction alone
          (--passes 0 skips the timing; --only events adds a per-event miss report).
        Newsgraph.Benchmarks times-meantime [--shared DIR] [--per-page]
          time expressions on MEANTIME (../shared/data/temporal_meantime) anchored at each document's
          creation time: detection P/R/F1 and exact-value accuracy (--per-page lists every miss).
        Newsgraph.Benchmarks quotes [--shared DIR] [--out DIR] [--passes N] [--per-page]
          issue #4 figures through the full pipeline on ../shared/bench/knowledge/dev (quote F1, speaker
          accuracy, source F1, status accuracy; score.py), then the quotes stage's own time against the
          rest of the same default-pipeline runs on the 91 extraction dev pages (--passes 0 skips it).
        Newsgraph.Benchmarks places [--shared DIR] [--passes N] [--per-page]
          places on the knowledge dev pages + seed against the hand-judged GeoNames ids in
          tests/Newsgraph.Places.Tests/Fixtures (exact entry, country), gazetteer load time, and the
          cost of places (and of times + places + events) as a ratio to the pipeline without them.
        Newsgraph.Benchmarks analysis-cost [--shared DIR] [--passes ROUNDS] [--only knowledge]
          what times + places + events add to fast-mode analysis: the pipeline up to entities and the
          full pipeline, warmed, then alternated page by page over ROUNDS rounds on the extraction dev
          pages (the knowledge dev pages reported apart), each stage in thread CPU time; median ratio
          with quartiles and min-max over the rounds, each stage's share, load average.
        Newsgraph.Benchmarks events-stage [--shared DIR] [--passes N] [--only PAGE] [--out DIR]
          the events stage alone on the extraction dev pages (run once through the earlier stages),
          thread CPU ms/page per pass, for profiling; NEWSGRAPH_EVENTS_DUMP=1 first writes every
          page's events and agents to DIR/events.json (diff two builds' outputs).
        Newsgraph.Benchmarks warc [--shared DIR] [--out DIR] [--copies N] [--passes N]
          writes a synthetic CC-NEWS-style WARC.gz (request, response, metadata record per page; one
          gzip member per record) of the 91 dev pages x N and reports records/s and pages/s read,
          against plain gunzip of the same file as the anchor.
        Newsgraph.Benchmarks corpus-search [--count N] [--no-stories] [--out DIR] [--queries N] [--phase ingest|optimize|search|raw] [--only keep-indexes|extraction|store]
          synthesises N articles (default 10,000) from the 91 dev pages, ingests them into a fresh
          SQLite corpus as a bulk load (search-only indexes built at the end unless keep-indexes;
          articles/s, CPU per phase, DB size), times searches (p50/p95) and raw-page ingest vs analyze
          (--phase raw; --only store: ingest's own CPU, the pages analysed once and their reports replayed).
        Newsgraph.Benchmarks search-phases --db FILE [--queries N]
          times N searches (default 200) of the serve-load mix (word pairs from 58 common words, a
          filter now and then) on an existing corpus, one step at a time: wall ms per step and query,
          total p50/p95/p99 and process CPU per query.
        Newsgraph.Benchmarks ner [--shared DIR] [--passes N] [--only speed]
          fast NER tagger: cold model load and memory (fresh processes), tokens/s including
          tokenisation on the extraction dev bodies vs the tokeniser alone, and per-type P/R/F1 on
          every held-out set of the trainer's seeded split (--only speed skips the scoring).
        Newsgraph.Benchmarks ner-accurate [--shared DIR] [--only speed]
          accurate NER mode (MiniLM + trained head): load, one-thread tokens/s (OnnxRuntime intra-op
          threads 1; process CPU beside wall) vs the fast tagger on the same sentences, and PER/ORG/LOC
          P/R/F1 of both taggers on the same seeded sample of every held-out set.
        Newsgraph.Benchmarks events-type [--shared DIR] [--per-page] [--only fresh-dictionary]
          event type accuracy of the stage's sentence-level decision with the committed model: NGEC
          synthetic headlines (also the classifier alone and a confident-classifier override) and
          first sentences of held-out title templates, PLOVER reference and
          NGEC codebook definition phrases (seeded halves; --per-page lists the dev half's misses;
          fresh-dictionary re-reads the Phoenix verbs instead of the model file's forms).
        Newsgraph.Benchmarks events-experiment [--shared DIR]
          event classifier experiments without writing a model: trains on 75% of the training title
          templates, scores the other 25% per softmax temperature (stage, classifier alone, a
          confident-classifier override); knobs NEWSGRAPH_EVT_TEMPS, _EPOCHS, _HEADLINE_COPIES,
          _TUNE_SEED, _ANALYSE=1 (see EventExperiment); NEWSGRAPH_EVT_CV=5 instead cross-validates
          by title template (classifier retrained per fold; _CV_CACHE=dir, _CV_TAG; see EventCrossValidation).
        Newsgraph.Benchmarks events-probe < sentences.txt
          each input line's trigger decisions (type, score, modality, cues) and the stage's type
          (for lexicon and rule work on dev material, never on held-out text).
        Newsgraph.Benchmarks ner-upgrade-model DIR
          rewrites DIR/ner-fast-v1.bin in the current model file format (same weights).
        Newsgraph.Benchmarks events-upgrade-model DIR
          rewrites DIR/events-v1.bin in the current model file format (same quantised weights).
        Newsgraph.Benchmarks places-upgrade-gazetteer DIR
          rewrites DIR/places-gazetteer-v1.tsv.gz as places-gazetteer-v2.bin (same records and look-ups).
        Newsgraph.Benchmarks entities-upgrade-lexicon DIR
          rewrites DIR/entity-lexicon-v1.txt.gz as entity-lexicon-v2.bin (same records and look-ups).
        Newsgraph.Benchmarks ner-experiment [--shared DIR] [--model FILE | --classes-from FILE] [--dump FILE]
            [--epochs N] [--gmb-share X] [--gold-repeats N] [--every-epoch true] [--dev-fold X]
            [--passive-aggressive true] [--passive-aggressive-cap C] [--misc true [--gmb-misc false]]
          NER experiments without writing a model: evaluates --model as is, or trains with the given knobs
          (reusing --classes-from's gazetteer and word classes skips k-means); --dump writes every held-out
          sentence with gold and predicted entities as JSON lines for error analysis; --dev-fold X moves a
          seeded share X of the training blocks into two "fold" sets to tune on instead of the held-out sets;
          --misc true trains the MISC kind (21 labels), --gmb-misc false then keeps GMB's art/eve/nat O.
        --out DIR: where a bench writes its files; by default a folder per process, <temp>/newsgraph-bench-<pid>.
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "ner-upgrade-model" && args.Length == 2)
        {
            // Maintenance, not a bench: rewrites the committed model in the current file format.
            Training.NerTrainer.UpgradeModelFile(args[1], Console.Out);
            return 0;
        }

        if (args[0] == "events-upgrade-model" && args.Length == 2)
        {
            // Maintenance, not a bench: rewrites the committed event model in the current file format.
            Training.EventTrainer.UpgradeModelFile(args[1], Console.Out);
            return 0;
        }

        if (args[0] == "places-upgrade-gazetteer" && args.Length == 2)
        {
            // Maintenance, not a bench: converts a format-1 gazetteer without retraining.
            Training.PlaceGazetteerBuilder.UpgradeFile(args[1], Console.Out);
            return 0;
        }

        if (args[0] == "entities-upgrade-lexicon" && args.Length == 2)
        {
            // Maintenance, not a bench: converts a format-1 entity lexicon without retraining.
            Training.EntityLexiconBuilder.UpgradeFile(args[1], Console.Out);
            return 0;
        }

        if (args[0] == "ner-experiment")
        {
            return NerExperimentCommand.Run(args.AsSpan(1));
        }

        var options = BenchOptions.Parse(args.AsSpan(1));
        return args[0] switch
        {
            "extraction" => new ExtractionBench(options).Run(),
            "extraction-phases" => new ExtractionPhasesBench(options).Run(),
            "clustering" => new ClusteringBench(options).Run(),
            "knowledge" => new KnowledgeBench(options).Run(),
            "times-meantime" => new MeantimeTimesBench(options).Run(),
            "quotes" => new QuotesBench(options).Run(),
            "places" => new PlacesBench(options).Run(),
            "analysis-cost" => new AnalysisCostBench(options).Run(),
            "events-stage" => new EventsStageBench(options).Run(),
            "warc" => new WarcBench(options).Run(),
            "corpus-search" => new CorpusSearchBench(options).Run(),
            "search-phases" => new SearchPhasesBench(options).Run(),
            "ner" => new NerBench(options).Run(),
            "ner-accurate" => new NerAccurateBench(options).Run(),
            "events-experiment" => Training.EventExperiment.Run(options.SharedDir, Console.Out),
            "events-probe" => Training.EventTypeEvaluation.Probe(Console.In, Console.Out),
            "events-type" => Training.EventTypeEvaluation.Run(options.SharedDir, options.PerPage, Console.Out, options.Only == "fresh-dictionary"),
            "ner-load-child" => NerBench.RunLoadChild(),
            _ => Fail($"unknown bench '{args[0]}'"),
        };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
