namespace Marsad.Persistence;

/// <summary>Counts over the whole store, for <c>marsad stats</c>.</summary>
public sealed record StoreStats(
    int SchemaVersion,
    long Inputs,
    long Paths,
    long Versions,
    long Articles,
    long CurrentArticles,
    long Sentences,
    long Dates,
    long Numbers,
    long RemovedSpans,
    long RawBytes,
    IReadOnlyDictionary<string, long> ArticlesByOutlet,
    IReadOnlyDictionary<string, long> InputsByEncoding,
    IReadOnlyDictionary<string, long> InputsByFormat,
    IReadOnlyDictionary<string, long> DatesByPrecision,
    IReadOnlyDictionary<string, long> RemovedByReason,
    long Failures);
