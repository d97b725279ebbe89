using System.CommandLine;
using Marsad.Briefs;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad brief [--from --to --actor --story] [--out FILE]</c>: an analyst brief — actors and camps, the timeline
/// of new events, who said what, where outlets disagree — every line citing its source articles. With --out, writes
/// FILE.md and FILE.html (same content); without, prints the Markdown.
/// </summary>
internal sealed class BriefCommand : Command
{
    public BriefCommand(CliConsole console)
        : base("brief", "Write an analyst brief (Markdown and HTML): actors and camps, timeline of new events, who said what, where outlets disagree; every line cites its sources.")
    {
        Options.Add(Db);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Actor);
        Options.Add(Story);
        Options.Add(Out);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    public Option<string?> Actor { get; } = new("--actor") { Description = "Brief on this actor (Arabic or English name, or id).", HelpName = "NAME" };

    public Option<string?> Story { get; } = new("--story") { Description = "Brief on this story (its id, from `marsad stories`).", HelpName = "ID" };

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "Write FILE.md and FILE.html (a .md or .html ending is dropped first) instead of printing the Markdown.",
        HelpName = "FILE",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var (session, failure) = await GraphQuerySession.OpenAsync(result, Db, From, To, Actor, console, ct);
        if (session is null)
        {
            return failure;
        }

        await using var opened = session;
        var (from, to, graph) = (session.From, session.To, session.Graph);
        var actor = session.Actor?.Named;

        StorySummary? story = null;
        if (result.GetValue(Story) is { } storyId)
        {
            var id = storyId.Trim();
            story = (await graph.ListStoriesAsync(new GraphQuery(Story: id), ct)).FirstOrDefault()
                ?? (await graph.ListStoriesAsync(new GraphQuery(Story: "story:" + id), ct)).FirstOrDefault();
            if (story is null)
            {
                console.Error.WriteLine($"error: --story {storyId}: no such story (`marsad stories` lists their ids)");
                return 1;
            }
        }

        var input = await new BriefGatherer(graph).GatherAsync(new BriefScope(from, to, actor, story), ct);
        var brief = BriefBuilder.Build(input);
        if (brief.Sections.Length == 0)
        {
            console.Error.WriteLine("warning: nothing in the store falls in this scope; the brief is empty");
        }

        var markdown = MarkdownBriefWriter.Write(brief);
        if (result.GetValue(Out) is not { } path)
        {
            await console.Out.WriteAsync(markdown);
            return 0;
        }

        var stem = Path.GetExtension(path).ToLowerInvariant() is ".md" or ".html" or ".htm" ? Path.ChangeExtension(path, null) : path;
        var html = HtmlBriefWriter.Write(brief);
        foreach (var (file, text) in new[] { (stem + ".md", markdown), (stem + ".html", html) })
        {
            if (!await OutputFile.WriteAsync(file, console, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), ct))
            {
                return 1;
            }
        }

        console.Error.WriteLine($"wrote {stem}.md and {stem}.html: {brief.Lines.Count()} cited line(s) from {brief.Sources.Length} source(s)");
        return 0;
    }
}
