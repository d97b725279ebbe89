namespace Marsad.Documents;

/// <summary>
/// A span of text that names an entity. <see cref="EntityId"/> is a knowledge-base id (e.g. <c>kb:kadhimi</c>)
/// or an article-local id for an entity nobody listed; short forms and role phrases share the id of the full name
/// they refer to. <see cref="Cue"/> keeps the context rule's evidence (e.g. the title before a name).
/// </summary>
public sealed record Mention(TextSpan Span, EntityKind Kind, MentionSource Source, string? EntityId = null, string? Cue = null);
