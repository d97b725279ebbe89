namespace Marsad.CrossDocument;

/// <summary>An article's membership in a story: the story, the evidence score, whether it is the article's main story, and why.</summary>
public sealed record StoryLink(string StoryId, double Score, bool Primary, string Reasons);
