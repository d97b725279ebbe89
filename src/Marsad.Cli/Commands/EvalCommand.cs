using System.CommandLine;
using System.Security.Cryptography;
using Marsad.Cli.Output;
using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Entities.Tagging;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval [AREA]</c>: scores Marsad against the gold sets in eval/ and checks the floors pinned in
/// eval/baseline.json (exit 1 on a drop). AREA: extraction (eval/gold), heldout (eval/heldout, the same scores on a set
/// no rule was developed against), cleaning (eval/pages), crossdoc (eval/gold: stories and event coreference,
/// B-cubed), or all.
/// </summary>
internal sealed class EvalCommand : Command
{
    public EvalCommand(CliConsole console)
        : base("eval", "Score extraction (eval/gold) and cleaning (eval/pages) against the gold sets; fail when a score drops under its floor in eval/baseline.json.")
    {
        Arguments.Add(Area);
        Options.Add(Gold);
        Options.Add(HeldOut);
        Options.Add(Pages);
        Options.Add(Baseline);
        Options.Add(Update);
        Options.Add(AllowRegression);
        Options.Add(Misses);
        Options.Add(Corpora);
        Options.Add(Model);
        Options.Add(ScoreOut);
        Options.Add(Tagger);
        SetAction((result, ct) => RunAsync(result, console));
    }

    public Argument<string> Area { get; } = new Argument<string>("AREA")
    {
        Description = "What to score: extraction, heldout (extraction on eval/heldout, a set no rule was developed against), cleaning, crossdoc (B-cubed of stories and event coreference on eval/gold), ner (ANERcorp test split; writes the model's .score file), or all (extraction, heldout, cleaning and crossdoc).",
        DefaultValueFactory = _ => "all",
    }.AcceptOnlyFromAmong("all", "extraction", "heldout", "cleaning", "crossdoc", "ner");

    public Option<string> Gold { get; } = new("--gold") { Description = "Folder of annotated articles (*.jsonl).", DefaultValueFactory = _ => Path.Combine("eval", "gold"), HelpName = "DIR" };

    public Option<string> HeldOut { get; } = new("--heldout")
    {
        Description = "Folder of held-out annotated articles (*.jsonl): scored like eval/gold, never used to develop rules.",
        DefaultValueFactory = _ => Path.Combine("eval", "heldout"),
        HelpName = "DIR",
    };

    public Option<string> Pages { get; } = new("--pages") { Description = "Folder of boilerplate gold pages.", DefaultValueFactory = _ => Path.Combine("eval", "pages"), HelpName = "DIR" };

    public Option<string> Baseline { get; } = new("--baseline") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "baseline.json"), HelpName = "FILE" };

    public Option<bool> Update { get; } = new("--update") { Description = "Raise the floors to today's scores (never lowers one without --allow-regression)." };

    public Option<bool> AllowRegression { get; } = new("--allow-regression") { Description = "With --update, allow a floor to go down." };

    public Option<int> Misses { get; } = new("--misses") { Description = "Print up to N individual misses.", DefaultValueFactory = _ => 0, HelpName = "N" };

    public Option<string> Corpora { get; } = CorporaOption.Create();

    public Option<string?> Model { get; } = new("--model") { Description = "ner: a model file (default: the shipped model).", HelpName = "FILE" };

    public Option<string> ScoreOut { get; } = new("--score-out")
    {
        Description = "ner: where to write the score file.",
        DefaultValueFactory = _ => Path.Combine("data", "models", "ner-tagger.v1.score"),
        HelpName = "FILE",
    };

    public Option<bool> Tagger { get; } = new("--tagger")
    {
        Description = "extraction: run the engine with the learned NER tagger as a third mention source; prints the scores without checking or writing floors (they are pinned for the default engine).",
    };

    Task<int> RunAsync(ParseResult result, CliConsole console)
    {
        var area = result.GetValue(Area)!;
        var baselinePath = result.GetValue(Baseline)!;
        var gate = BaselineGate.Load(baselinePath);
        var withTagger = result.GetValue(Tagger);
        var engine = Engine.CreateDefault(tagger: withTagger);
        var failures = new List<string>();
        var analysedFolders = new Dictionary<string, (List<string> Files, List<(GoldArticle Gold, Document Doc)> Articles)>(StringComparer.Ordinal);
        var refused = new List<string>();

        if (area is "all" or "extraction" && ScoreExtraction(result.GetValue(Gold)!, "extraction") is { } error)
        {
            return Task.FromResult(error);
        }

        if (area is "all" or "heldout" && ScoreExtraction(result.GetValue(HeldOut)!, "heldout") is { } heldOutError)
        {
            return Task.FromResult(heldOutError);
        }

        if (area is "all" or "cleaning")
        {
            var folder = result.GetValue(Pages)!;
            var (metrics, pages) = CleaningScorer.ScoreAll(folder, engine.Reader, engine.Cleaner);
            EvalReportWriter.WriteCleaning(console.Out, metrics, pages);
            Gate("cleaning", metrics, Sha(Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));
        }

        if (area is "all" or "crossdoc")
        {
            var folder = result.GetValue(Gold)!;
            if (Analysed(folder) is not var (files, analysed))
            {
                return Task.FromResult(2);
            }

            var score = new CrossDocScorer(CrossDocumentLinker.CreateDefault()).Score(analysed);
            CrossDocReportWriter.Write(console.Out, score, analysed.Count);
            foreach (var miss in score.Misses.Take(result.GetValue(Misses)))
            {
                console.Out.WriteLine($"  miss: {miss}");
            }

            Gate("crossdoc", score.Metrics, Sha(files));
        }

        if (area == "ner")
        {
            var corpora = result.GetValue(Corpora)!;
            if (!File.Exists(Path.Combine(corpora, NerRecipe.TestFile)))
            {
                console.Error.WriteLine($"error: {Path.Combine(corpora, NerRecipe.TestFile)}: not found (pass --corpora DIR)");
                return Task.FromResult(2);
            }

            if (NerModelFiles.Load(result.GetValue(Model), console) is not { } model)
            {
                return Task.FromResult(2);
            }

            var score = NerRecipe.Evaluate(model, corpora);
            console.Out.WriteLine("## NER — ANERcorp CAMeL test split (conlleval micro F1)");
            console.Out.WriteLine();
            console.Out.Write(score.ToMarkdown());
            var scoreOut = result.GetValue(ScoreOut)!;
            File.WriteAllText(scoreOut, score.ToScoreText(NerRecipe.TestFile));
            console.Out.WriteLine($"score written to {scoreOut}");
            var metrics = new Dictionary<string, double> { ["micro_f1"] = score.Micro.F1 };
            foreach (var t in score.PerType)
            {
                metrics[$"{t.Type}.f1"] = t.F1;
            }

            Gate("ner", metrics, Sha([Path.Combine(corpora, NerRecipe.TestFile)]));
        }

        if (result.GetValue(Update))
        {
            gate.Save(baselinePath);
            console.Out.WriteLine($"floors written to {baselinePath}");
            foreach (var r in refused)
            {
                console.Error.WriteLine($"not lowered: {r} (use --allow-regression)");
            }
        }

        foreach (var f in failures)
        {
            console.Error.WriteLine($"regression: {f}");
        }

        return Task.FromResult(failures.Count == 0 ? 0 : 1);

        // The annotated articles of a folder, each run through the engine once for every area that scores it (null,
        // with the error printed, when the folder is missing).
        (List<string> Files, List<(GoldArticle Gold, Document Doc)> Articles)? Analysed(string folder)
        {
            if (analysedFolders.TryGetValue(folder, out var known))
            {
                return known;
            }

            if (!Directory.Exists(folder))
            {
                console.Error.WriteLine($"error: {folder}: no gold folder (run from the repository root or pass --gold / --heldout)");
                return null;
            }

            var files = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToList();
            var articles = files.SelectMany(GoldReader.ReadFile)
                .Select(g => (g, engine.Pipeline.Run(new Document(g.Id, new ArticleSource(g.File, 0, Outlet: g.Outlet, Published: g.Published), g.Text))))
                .ToList();
            return analysedFolders[folder] = (files, articles);
        }

        // Scores one folder of annotated articles; returns an exit code when the folder is missing.
        int? ScoreExtraction(string folder, string gateName)
        {
            if (Analysed(folder) is not var (files, articles))
            {
                return 2;
            }

            var score = new ExtractionScore();
            foreach (var (gold, doc) in articles)
            {
                ExtractionScorer.Score(gold, doc, score);
            }

            EvalReportWriter.WriteExtraction(console.Out, score, files.Count, gateName == "heldout" ? "Held-out extraction" : "Extraction");
            foreach (var miss in score.Misses.Take(result.GetValue(Misses)))
            {
                console.Out.WriteLine($"  miss: {miss}");
            }

            if (withTagger)
            {
                console.Out.WriteLine("(with the tagger: floors not checked, they hold for the default engine)");
            }
            else
            {
                Gate(gateName, score.Metrics, Sha(files));
            }

            return null;
        }

        void Gate(string name, IReadOnlyDictionary<string, double> metrics, string sha)
        {
            if (result.GetValue(Update))
            {
                refused.AddRange(gate.Update(name, metrics, result.GetValue(AllowRegression), sha));
            }
            else
            {
                failures.AddRange(gate.Check(name, metrics));
            }
        }
    }

    /// <summary>SHA-256 over the gold files, so the baseline records which gold set its floors were measured on.</summary>
    static string Sha(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            hash.AppendData(File.ReadAllBytes(f));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
