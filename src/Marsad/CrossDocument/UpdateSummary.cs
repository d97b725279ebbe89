namespace Marsad.CrossDocument;

/// <summary>What one cross-document update did, for the analyze summary and <c>marsad rebuild</c>.</summary>
public sealed record UpdateSummary(
    int Articles,
    int Batches,
    int NewStories,
    int JoinedStories,
    int Copies,
    int NewEvents,
    int MergedEventReports,
    int MergedEntities,
    int RepeatedQuotes,
    TimeSpan Elapsed)
{
    public static UpdateSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Time spent reading the pending articles from the store.</summary>
    public TimeSpan Reading { get; init; }

    /// <summary>Time spent writing the batches.</summary>
    public TimeSpan Saving { get; init; }

    /// <summary>One line for the analyze summary.</summary>
    public string Line =>
        Articles == 0
            ? "Cross-document: nothing new to link"
            : $"Cross-document: linked {Articles} article(s) in {Elapsed.TotalSeconds:F2} s · {NewStories} new stor{(NewStories == 1 ? "y" : "ies")}, "
              + $"{JoinedStories} joined a known story, {Copies} cop{(Copies == 1 ? "y" : "ies")} · {MergedEventReports} event report(s) merged into known events, "
              + $"{NewEvents} new event(s) · {MergedEntities} unlisted actor mention(s) resolved across articles · {RepeatedQuotes} quote(s) seen before";

    internal UpdateSummary Add(ArticleLinks a)
    {
        var newStory = a.Stories.Any(s => s.Reasons == "new");
        return this with
        {
            Articles = Articles + 1,
            NewStories = NewStories + (newStory ? 1 : 0),
            JoinedStories = JoinedStories + (newStory ? 0 : 1),
            Copies = Copies + (a.DuplicateOf is null ? 0 : 1),
            NewEvents = NewEvents + a.Events.Count(e => e.ClusterId == e.EventId),
            MergedEventReports = MergedEventReports + a.Events.Count(e => e.ClusterId != e.EventId),
            MergedEntities = MergedEntities + a.Entities.Count(e => e.GlobalId != e.LocalId && !e.LocalId.StartsWith("kb:", StringComparison.Ordinal)),
            RepeatedQuotes = RepeatedQuotes + a.Quotes.Count(q => !q.ClusterId.StartsWith(a.ArticleId + "/", StringComparison.Ordinal)),
        };
    }
}
