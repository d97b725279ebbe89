namespace Marsad.Storage.Workspace;

/// <summary>
/// Everything the store says about one actor: its names and the spellings the articles used, the roles and
/// affiliations it was given over time (from the knowledge base and from the articles, with dates), its quotes,
/// its events, the actors it appears with, and the stories it is part of.
/// </summary>
public sealed record ActorView(
    EntityRef Actor,
    string? Wikidata,
    string? Sector,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<NameUse> Spellings,
    IReadOnlyList<RoleSpan> Roles,
    IReadOnlyList<AffiliationSpan> Affiliations,
    IReadOnlyList<QuoteUse> Quotes,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<CoActor> CoActors,
    IReadOnlyList<StoryRef> Stories,
    int Articles);

/// <summary>A spelling of the actor's name in the articles and how many times it was used.</summary>
public sealed record NameUse(string Text, int Count);

/// <summary>A role (title) held, of an organisation or country, over the dates the sources give; <see cref="Source"/> is "kb" or "articles".</summary>
public sealed record RoleSpan(string Role, EntityRef? Of, string? From, string? To, string Source, int Articles);

/// <summary>An affiliation (member_of, leads, part_of, aligned_with …) with its dates and source.</summary>
public sealed record AffiliationSpan(string Predicate, EntityRef Target, string? From, string? To, string Source, int Articles);

/// <summary>A quote of the actor with the article it was reported in.</summary>
public sealed record QuoteUse(string Content, bool Direct, string? Cue, string Medium, ArticleRef Article);

/// <summary>Another actor that shares events (as actor or recipient) or articles with this one.</summary>
public sealed record CoActor(EntityRef Actor, int Events, int Articles);

/// <summary>A group of articles telling one story (the seed article opens the story view).</summary>
public sealed record StoryRef(string SeedArticle, string? Title, string? From, string? To, IReadOnlyList<string> Outlets, int Articles);
