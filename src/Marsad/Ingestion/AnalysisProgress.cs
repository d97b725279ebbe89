namespace Marsad.Ingestion;

/// <summary>A progress report after each input: how many are done, and the input just finished.</summary>
public sealed record AnalysisProgress(int Done, int? Total, string Current, long Articles);
