using Marsad.Testing;

namespace Marsad.Cli.Tests;

public class NerCommandTests
{
    [Fact]
    public async Task Ner_tag_writes_one_tagged_line_per_token_in_order_and_keeps_sentence_breaks()
    {
        const string input = "وصل O\nالرئيس O\nاللبناني O\nإلى O\nباريس O\n\nوقال\nالوزير\nإن\nالمحادثات\nمستمرة\n";

        var run = await CliRun.WithStdin(input, "ner-tag");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        var tokens = input.Split('\n').Select(l => l.Split(' ')[0]).ToArray();
        for (var i = 0; i < tokens.Length && i < lines.Length; i++)
        {
            if (tokens[i].Length == 0)
            {
                Assert.Equal(string.Empty, lines[i]);
                continue;
            }

            var cells = lines[i].Split('\t');
            Assert.Equal(tokens[i], cells[0]);
            Assert.Matches("^(O|[BI]-(PERS|LOC|ORG|MISC))$", cells[1]);
        }

        Assert.Equal("B-LOC", lines[4].Split('\t')[1]); // باريس
    }

    [Fact]
    public async Task Ner_tag_reads_a_file_given_with_input()
    {
        using var dir = new TempFolder();
        var file = dir.Write("tokens.txt", "بغداد\nو\nدمشق\n");
        var run = await CliRun.Of("ner-tag", "--input", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Eval_and_train_ner_name_a_missing_corpus()
    {
        using var dir = new TempFolder();
        var eval = await CliRun.Of("eval", "ner", "--corpora", dir.Path);
        var train = await CliRun.Of("train", "ner", "--corpora", dir.Path);
        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("ANERCorp_CamelLab_test.txt: not found", eval.Error);
        Assert.Equal(2, train.ExitCode);
        Assert.Contains("ANERCorp_CamelLab_train.txt: not found", train.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_model_is_refused_by_name()
    {
        using var dir = new TempFolder();
        var bogus = dir.Write("model.bin", "ليس نموذجاً");
        var run = await CliRun.WithStdin("بغداد\n", "ner-tag", "--model", bogus);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {bogus}: not a Marsad NER model", run.Error);
    }
}
