using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Persistence;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// Turns what a user types after --actor or --place into global ids: an id as such (kb:…, an article-local id),
/// a knowledge-base name in Arabic or English ("Kadhimi" → الكاظمي, through <see cref="KnowledgeBase.FindByName"/>),
/// or a spelling the store has seen. Several matches are returned as candidates for the user to choose from.
/// </summary>
internal sealed class ActorLookup(IGraphStore graph, KnowledgeBase kb)
{
    /// <summary>Candidates shown when a name is ambiguous.</summary>
    const int MaxCandidates = 15;

    public async Task<IReadOnlyList<ActorSummary>> FindAsync(string name, CancellationToken ct)
    {
        var text = name.Trim();
        if (LooksLikeId(text))
        {
            return await graph.GetActorAsync(text, ct) is { } byId ? [byId] : [];
        }

        var found = new Dictionary<string, ActorSummary>(StringComparer.Ordinal);
        foreach (var entry in kb.FindByName(text))
        {
            if (await graph.GetActorAsync(entry.EntityId, ct) is { } listed)
            {
                found.TryAdd(listed.Id, listed);
            }
        }

        foreach (var seen in await graph.FindActorsAsync(text, ct))
        {
            found.TryAdd(seen.Id, seen);
        }

        return [.. found.Values.OrderByDescending(a => a.Articles).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An optional <c>--actor</c>: not given → (true, null); resolved → (true, the actor); a name that resolves to no
    /// single actor → (false, null), with the reason written by <see cref="ResolveAsync"/>.
    /// </summary>
    public async Task<(bool Ok, ActorSummary? Actor)> ResolveOptionAsync(string? name, CliConsole console, CancellationToken ct)
    {
        if (name is null)
        {
            return (true, null);
        }

        var actor = await ResolveAsync(name, "--actor ", console, ct);
        return (actor is not null, actor);
    }

    /// <summary>
    /// Resolves to exactly one actor named in the store, or writes why not (unknown; known to the knowledge base but
    /// never named; ambiguous, with the candidates) and returns null.
    /// </summary>
    public async Task<ActorSummary?> ResolveAsync(string name, string option, CliConsole console, CancellationToken ct)
    {
        var found = await FindAsync(name, ct);
        var named = found.Where(a => a.Articles > 0).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count == 0)
        {
            var listed = found.Count > 0 ? found[0].Named.Display : kb.FindByName(name.Trim()).Select(e => new NamedId(e.EntityId, e.NameAr, e.NameEn).Display).FirstOrDefault();
            console.Error.WriteLine(listed is null
                ? $"error: {option}{name}: no actor by that name in the store (try `marsad actors` for the names it knows)"
                : $"error: {option}{name}: {listed} is in the knowledge base, but no stored article names them");
            return null;
        }

        console.Error.WriteLine($"error: {option}{name}: {named.Count} actors match; give one of these ids instead:");
        foreach (var a in named.Take(MaxCandidates))
        {
            console.Error.WriteLine($"  {a.Id,-32} {a.Named.Display} [{FactNames.Of(a.Kind)}, {a.Articles} article(s)]");
        }

        if (named.Count > MaxCandidates)
        {
            console.Error.WriteLine($"  … and {named.Count - MaxCandidates} more");
        }

        return null;
    }

    /// <summary>
    /// Knowledge-base places by name (or id) with every place inside them (a base in a governorate in a country),
    /// since events carry the narrowest place their report gave; null with an error line when none is known.
    /// </summary>
    public IReadOnlyCollection<string>? ResolvePlace(string name, CliConsole console)
    {
        var text = name.Trim();
        var roots = (text.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) && kb.Get(text) is { } byId ? [byId] : kb.FindByName(text))
            .Where(e => e.Kind is EntityKind.GeoPolitical or EntityKind.Location)
            .Select(e => e.EntityId)
            .ToHashSet(StringComparer.Ordinal);
        if (roots.Count == 0)
        {
            console.Error.WriteLine($"error: --place {name}: not a place the knowledge base knows");
            return null;
        }

        var tree = new PlaceTree(kb);
        var places = new HashSet<string>(roots, StringComparer.Ordinal);
        foreach (var e in kb.Entries)
        {
            if (e.Parent is not null && tree.Line(e.EntityId).Any(roots.Contains))
            {
                places.Add(e.EntityId);
            }
        }

        return places;
    }

    static bool LooksLikeId(string text) =>
        text.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) || (text.Contains('/', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal));
}
