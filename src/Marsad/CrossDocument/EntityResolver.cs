using System.Collections.Immutable;
using System.Globalization;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.CrossDocument;

/// <summary>
/// Resolves an article's entities to global entities. A knowledge-base entity is its own global id. An unlisted
/// one is compared with the global entities that share a spelling of its name (full name, or family name for a
/// short form) and joins the best one whose evidence reaches <see cref="MergeThreshold"/>: the name, then the
/// context (same title or title class, same organisation, the same listed actors beside it) for it, and a title
/// of another class or another organisation against it. Otherwise it starts a new global entity. Namesakes with
/// different first names never share a full-name key, so they are never compared on the full name.
/// </summary>
public sealed class EntityResolver(KnowledgeBase kb, WordLists words)
{
    /// <summary>Evidence needed to merge: a full name alone (0.55) is enough; a family name alone (0.25) needs a matching title or organisation.</summary>
    public const double MergeThreshold = 0.5;

    /// <summary>The same full name in any generated spelling.</summary>
    public const double FullName = 0.55;

    /// <summary>A short form (family name) against a full name ending in it: too common to decide alone (two men called الحسيني).</summary>
    public const double FamilyName = 0.25;

    /// <summary>The same title (head word), or the same organisation.</summary>
    public const double ContextAgrees = 0.25;

    /// <summary>Titles of different classes (a general and a member of parliament): namesakes, not one person.</summary>
    public const double RoleConflict = -0.4;

    /// <summary>Different organisations where both are known.</summary>
    public const double OrgConflict = -0.3;

    /// <summary>Per listed actor named beside both, up to <see cref="MaxCoActorBonus"/>.</summary>
    public const double CoActor = 0.05;

    public const double MaxCoActorBonus = 0.15;

    /// <summary>Resolves every entity of <paramref name="article"/>; updates and creates global entities in <paramref name="state"/>.</summary>
    public ImmutableArray<EntityLink> Resolve(ArticleDigest article, long articleSeq, LinkState state)
    {
        var links = ImmutableArray.CreateBuilder<EntityLink>(article.Entities.Length);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in article.Entities.Where(e => e.InKnowledgeBase))
        {
            resolved[e.Id] = e.Id;
            links.Add(new EntityLink(e.Id, e.Id, 1, "kb"));
        }

        // Organisations first: a person's organisation is then already global when the person is compared.
        var unlisted = article.Entities.Where(e => !e.InKnowledgeBase)
            .OrderBy(e => e.Kind == EntityKind.Organization ? 0 : 1)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        foreach (var e in unlisted)
        {
            var link = ResolveOne(e, article, articleSeq, state, resolved, taken);
            resolved[e.Id] = link.GlobalId;
            taken.Add(link.GlobalId);
            links.Add(link);
        }

        return links.ToImmutable();
    }

    EntityLink ResolveOne(Entity e, ArticleDigest article, long articleSeq, LinkState state, Dictionary<string, string> resolved, HashSet<string> taken)
    {
        var context = EntityContext.Of(e, article, resolved);
        if (context.Names.Count == 0)
        {
            return new EntityLink(e.Id, e.Id, 1, "new (no name)");
        }

        // A full name the knowledge base knows (the recogniser could not place it, e.g. an ambiguous alias alone).
        if (context.Names[0].Contains(' ', StringComparison.Ordinal)
            && kb.FindByName(context.Names[0]).Where(k => k.Kind == e.Kind).ToList() is [var entry])
        {
            return new EntityLink(e.Id, entry.EntityId, 0.9, "kb-name " + entry.NameAr);
        }

        var keys = Keys(e.Kind, context).ToList();
        state.Prefetch(keys, state.PrefetchEntities);
        var best = (Profile: (EntityProfile?)null, Score: double.MinValue, Reasons: "");
        var apart = new List<string>();
        foreach (var id in keys.SelectMany(state.Candidates).Distinct(StringComparer.Ordinal))
        {
            if (taken.Contains(id) || state.Entity(id) is not { } p || p.Kind != e.Kind)
            {
                continue;
            }

            var (score, reasons) = Score(context, p);
            if (score >= MergeThreshold && score > best.Score)
            {
                best = (p, score, reasons);
            }
            else if (score < MergeThreshold && reasons.Length > 0 && apart.Count < 3)
            {
                apart.Add($"{p.Id} ({reasons})");
            }
        }

        var date = article.Published;
        if (best.Profile is { } match)
        {
            state.Put(Merge(match, context, date));
            AddKeys(state, keys, match.Id, match.Seq);
            return new EntityLink(e.Id, match.Id, Math.Min(1, Math.Round(best.Score, 3)), best.Reasons);
        }

        var created = Merge(new EntityProfile(e.Id, e.Kind, e.Name, articleSeq), context, date);
        state.Put(created);
        AddKeys(state, keys, created.Id, created.Seq);
        return new EntityLink(e.Id, e.Id, 1, apart.Count == 0 ? "new" : "new; kept apart from " + string.Join(", ", apart));
    }

    (double Score, string Reasons) Score(EntityContext c, EntityProfile p)
    {
        var reasons = new List<string>();
        double score;
        if (c.Names.Any(n => n.Contains(' ', StringComparison.Ordinal) && p.Names.Contains(n)))
        {
            score = FullName;
            reasons.Add("same name");
        }
        else if (FamilyNameMatches(c, p))
        {
            score = FamilyName;
            reasons.Add("family name " + EntityContext.Surname(c.Names[0]));
        }
        else
        {
            return (0, string.Empty);
        }

        var roleVerdict = CompareRoles(c.Roles, p.Roles, out var roleNote);
        if (roleVerdict != 0)
        {
            score += roleVerdict > 0 ? ContextAgrees : RoleConflict;
            reasons.Add(roleNote);
        }

        if (c.Orgs.Count > 0 && p.Orgs.Length > 0)
        {
            var shared = c.Orgs.FirstOrDefault(p.Orgs.Contains);
            score += shared is null ? OrgConflict : ContextAgrees;
            reasons.Add(shared is null ? "other organisation" : "organisation " + shared);
        }

        var coActors = c.CoActors.Count(p.CoActors.Contains);
        if (coActors > 0)
        {
            score += Math.Min(MaxCoActorBonus, coActors * CoActor);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{coActors} shared co-actor(s)"));
        }

        return (score, string.Join("; ", reasons));
    }

    /// <summary>+1 when a title head matches, −1 when titles are of different classes, 0 when nothing is known.</summary>
    int CompareRoles(IReadOnlyList<string> mine, ImmutableArray<string> theirs, out string note)
    {
        note = string.Empty;
        if (mine.Count == 0 || theirs.Length == 0)
        {
            return 0;
        }

        foreach (var r in mine)
        {
            var head = EntityContext.Head(r);
            if (theirs.FirstOrDefault(t => EntityContext.Head(t) == head) is { } same)
            {
                note = "title " + same;
                return 1;
            }
        }

        var myClasses = mine.Select(r => words.RoleClasses.GetValueOrDefault(EntityContext.Head(r))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var theirClasses = theirs.Select(r => words.RoleClasses.GetValueOrDefault(EntityContext.Head(r))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (myClasses.Count > 0 && theirClasses.Count > 0 && !myClasses.Overlaps(theirClasses))
        {
            note = $"title {mine[0]} vs {theirs[0]}";
            return -1;
        }

        return 0;
    }

    static bool FamilyNameMatches(EntityContext c, EntityProfile p)
    {
        var mineSingle = !c.Names[0].Contains(' ', StringComparison.Ordinal);
        var surname = EntityContext.Surname(c.Names[0]);
        foreach (var n in p.Names)
        {
            var theirsSingle = !n.Contains(' ', StringComparison.Ordinal);
            if ((mineSingle || theirsSingle) && EntityContext.Surname(n) == surname)
            {
                return true;
            }
        }

        return false;
    }

    static IEnumerable<long> Keys(EntityKind kind, EntityContext c)
    {
        var kindName = kind.ToString();
        foreach (var n in c.Names)
        {
            if (n.Contains(' ', StringComparison.Ordinal))
            {
                yield return LinkKey.Of(KeyKind.EntityName, kindName, n);
            }
        }

        yield return LinkKey.Of(KeyKind.EntityName, kindName, "family", EntityContext.Surname(c.Names[0]));
    }

    static void AddKeys(LinkState state, List<long> keys, string id, long seq)
    {
        foreach (var k in keys)
        {
            state.AddKey(k, id, seq);
        }
    }

    static EntityProfile Merge(EntityProfile p, EntityContext c, DateOnly? date) => p with
    {
        Names = Union(p.Names, c.Names),
        Roles = Union(p.Roles, c.Roles),
        Orgs = Union(p.Orgs, c.Orgs),
        CoActors = Union(p.CoActors, c.CoActors),
        Articles = p.Articles + 1,
        FirstSeen = date is { } d && (p.FirstSeen is null || d < p.FirstSeen) ? d : p.FirstSeen,
        LastSeen = date is { } l && (p.LastSeen is null || l > p.LastSeen) ? l : p.LastSeen,
    };

    /// <summary>Adds new values in order, keeping at most <see cref="EntityProfile.MaxSet"/> (first seen stay).</summary>
    internal static ImmutableArray<string> Union(ImmutableArray<string> have, IEnumerable<string> add)
    {
        var builder = have.ToBuilder();
        foreach (var a in add)
        {
            if (builder.Count >= EntityProfile.MaxSet)
            {
                break;
            }

            if (!builder.Contains(a))
            {
                builder.Add(a);
            }
        }

        return builder.ToImmutable();
    }
}
