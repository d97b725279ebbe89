namespace Marsad.Storage.Workspace;

/// <summary>
/// An article for the reader: its source and date, its text cut into <see cref="Runs"/> (each run a stretch of text
/// with the annotations that cover it, and the furniture cleaning removed placed where it stood), and the mentions,
/// quotes and events the runs point to by index. Text is the stored text, never markup.
/// </summary>
public sealed record ArticleView(
    string Id,
    string? Title,
    string? Outlet,
    string? Author,
    string? Url,
    string? Published,
    string? PublishedText,
    bool PublishedInferred,
    string? InferredRule,
    string SourceFile,
    string Text,
    IReadOnlyList<ArticleRun> Runs,
    IReadOnlyList<MentionView> Mentions,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<RemovedView> Removed);

/// <summary>
/// A stretch of the reader's text. <see cref="Removed"/> is set for removed furniture (its text is not part of the
/// article text); otherwise <see cref="Start"/>..<see cref="End"/> is a span of the article text and the indices say
/// which mention, quote and event trigger cover it. <see cref="Paragraph"/> marks a paragraph break before the run.
/// </summary>
public sealed record ArticleRun(string Text, int Start, int End, int? Mention, int? Quote, int? Event, int? Removed, bool Paragraph);

/// <summary>A mention with its entity's names (the English one for the hover title).</summary>
public sealed record MentionView(int Start, int End, string Text, string Kind, string Source, EntityRef? Entity);

/// <summary>A quote: what was said, who said it (an entity or a source class), through what, and the cue.</summary>
public sealed record QuoteView(int Start, int End, string Content, bool Direct, EntityRef? Speaker, string? SpeakerText, string? Cue, string? Medium, string? ViaOutlet);

/// <summary>Page furniture cleaning removed, with the rule that removed it.</summary>
public sealed record RemovedView(string Reason, string Text);
