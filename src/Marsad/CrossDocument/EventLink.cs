namespace Marsad.CrossDocument;

/// <summary>How one extracted event was placed: the cluster (global event id) it joined or started, the evidence score and its reasons.</summary>
public sealed record EventLink(string EventId, string ClusterId, double Score, string Reasons);
