using System.CommandLine;
using Marsad.Entities.Tagging;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad ner-tag [--input FILE]</c>: one token per line in (a second column is ignored; a blank line ends a
/// sentence), <c>token&lt;TAB&gt;tag</c> out with IOB2 tags PERS/LOC/ORG/MISC in the same order, so anyone can score the
/// output with their own conlleval.
/// </summary>
internal sealed class NerTagCommand : Command
{
    public NerTagCommand(CliConsole console)
        : base("ner-tag", "Tag tokens (one per line, blank line between sentences) with IOB2 PERS/LOC/ORG/MISC; writes token<TAB>tag.")
    {
        Options.Add(Input);
        Options.Add(Model);
        SetAction((result, _) => Task.FromResult(Run(result, console)));
    }

    public Option<string?> Input { get; } = new("--input") { Description = "Read this file instead of standard input.", HelpName = "FILE" };

    public Option<string?> Model { get; } = new("--model") { Description = "A model file (default: the shipped model).", HelpName = "FILE" };

    int Run(ParseResult result, CliConsole console)
    {
        var input = result.GetValue(Input);
        if (input is not null && !File.Exists(input))
        {
            console.Error.WriteLine($"error: {input}: no such file");
            return 2;
        }

        var model = NerModelFiles.Load(result.GetValue(Model), console);
        if (model is null)
        {
            return 2;
        }

        using var reader = input is null ? new StreamReader(console.OpenStdin()) : new StreamReader(input);
        var sentences = NerCorpus.Read(reader);
        var tags = new NerTagger(model).TagDocument([.. sentences.Select(s => s.Tokens)]);
        NerCorpus.Write(console.Out, sentences, tags);
        return 0;
    }
}
