using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities.Tagging;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train ner</c>: reproduces the shipped NER model from ANERcorp's CAMeL train split and the unlabeled
/// news (step 1 learns word clusters, step 2 trains the two-pass tagger), writing data/models/*.v1.bin.
/// </summary>
internal sealed class TrainCommand : Command
{
    public TrainCommand(CliConsole console)
        : base("train", "Train Marsad's models from the shared corpora.")
    {
        var ner = new Command("ner", "Train the NER tagger (ANERcorp CAMeL train split + word clusters from the news corpus); writes data/models/ner-*.v1.bin.");
        ner.Options.Add(Corpora);
        ner.Options.Add(Out);
        ner.Options.Add(ReuseClusters);
        ner.SetAction((result, _) => Task.FromResult(Run(result, console)));
        Subcommands.Add(ner);
    }

    public Option<string> Corpora { get; } = CorporaOption.Create();

    public Option<string> Out { get; } = new("--out")
    {
        Description = "Folder to write the model files to (the shipped ones live in data/models; rebuild to embed).",
        DefaultValueFactory = _ => Path.Combine("data", "models"),
        HelpName = "DIR",
    };

    public Option<bool> ReuseClusters { get; } = new("--reuse-clusters")
    {
        Description = "Skip step 1 and train on the shipped word clusters.",
    };

    int Run(ParseResult result, CliConsole console)
    {
        var corpora = result.GetValue(Corpora)!;
        if (!File.Exists(Path.Combine(corpora, NerRecipe.TrainFile)))
        {
            console.Error.WriteLine($"error: {Path.Combine(corpora, NerRecipe.TrainFile)}: not found (pass --corpora DIR)");
            return 2;
        }

        var outDir = result.GetValue(Out)!;
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        NerWordClusters clusters;
        if (result.GetValue(ReuseClusters))
        {
            clusters = NerRecipe.LoadShippedClusters();
        }
        else
        {
            console.Error.WriteLine("step 1/2: learning word clusters from the news corpus …");
            clusters = NerRecipe.LearnClusters(corpora, line => console.Error.WriteLine($"  {line}"));
            using var file = File.Create(Path.Combine(outDir, Path.GetFileName(NerRecipe.ClustersData)));
            clusters.Save(file);
            console.Error.WriteLine($"  clusters done in {clock.Elapsed.TotalSeconds:F0} s");
        }

        console.Error.WriteLine("step 2/2: training the tagger …");
        var model = NerRecipe.Train(corpora, clusters, p => console.Error.WriteLine($"  {p.Phase} {p.Step}/{p.Steps}{(p.DevF1 is { } f ? $" dev F1 {f:F2}" : string.Empty)} ({p.Elapsed.TotalSeconds:F0} s)"));
        var path = Path.Combine(outDir, Path.GetFileName(NerRecipe.ModelData));
        using (var file = File.Create(path))
        {
            model.Save(file);
        }

        console.Out.WriteLine($"wrote {path} in {clock.Elapsed.TotalSeconds:F0} s; score it with `marsad eval ner --model {path}`");
        return 0;
    }
}
