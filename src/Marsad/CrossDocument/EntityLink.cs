namespace Marsad.CrossDocument;

/// <summary>
/// How one article-local entity id was resolved to a global entity: the global id (a knowledge-base id such as
/// <c>kb:kadhimi</c>, or the first local id of an unlisted actor), the confidence, and the reasons (the evidence for,
/// and the namesakes kept apart and why).
/// </summary>
public sealed record EntityLink(string LocalId, string GlobalId, double Confidence, string Reasons);
