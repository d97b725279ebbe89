namespace Marsad.Persistence.Graph;

/// <summary>Counts over the cross-document picture, for the analyze summary and <c>marsad rebuild</c>.</summary>
public sealed record GraphSummary(
    long Articles,
    long Pending,
    long Entities,
    long UnlistedEntities,
    long EventReports,
    long Events,
    long MergedEvents,
    long Stories,
    long MultiArticleStories,
    long Duplicates,
    long QuoteReports,
    long RepeatedQuotes);
