using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.CrossDocument;

/// <summary>
/// What an article says about one unlisted entity besides its name: its titles (from role relations and the title
/// cue before a mention), the organisations it leads, belongs to or speaks for, and the listed people and
/// organisations named beside it. Namesakes are told apart by these.
/// </summary>
public sealed record EntityContext(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> CoActors)
{
    /// <summary>Spelling variants generated per name: the first few (folded form, particles joined or split) are the ones outlets write.</summary>
    public const int VariantsPerName = 6;

    // Cues that mark how a mention was found, not a title.
    static readonly HashSet<string> NonTitleCues = new(StringComparer.Ordinal) { "role", "short form" };

    /// <summary>The context of <paramref name="entity"/> in <paramref name="article"/>; <paramref name="resolved"/> maps ids already resolved.</summary>
    public static EntityContext Of(Entity entity, ArticleDigest article, IReadOnlyDictionary<string, string> resolved)
    {
        var names = new List<string>();
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var normal = VariantGenerator.Normalize(name);
            var multiWord = normal.Contains(' ', StringComparison.Ordinal);
            if (normal.Length == 0 || (!multiWord && names.Count > 0))
            {
                // A one-word alias of a full name is its short form (الحسيني): matched through the surname key only.
                continue;
            }

            foreach (var v in VariantGenerator.Generate(normal, new NameProfile(entity.Kind, Transliterated: false)).Take(VariantsPerName))
            {
                if (!names.Contains(v))
                {
                    names.Add(v);
                }
            }
        }

        var roles = new List<string>();
        var orgs = new List<string>();
        foreach (var r in article.Relations)
        {
            if (r.SubjectId != entity.Id)
            {
                continue;
            }

            if (r.Predicate == RelationPredicate.HoldsRole && r.Role is { } role)
            {
                AddRole(roles, role);
            }

            if (r.ObjectId is { } obj && r.Predicate is RelationPredicate.MemberOf or RelationPredicate.Leads
                or RelationPredicate.SpokespersonOf or RelationPredicate.PartOf or RelationPredicate.HoldsRole)
            {
                var global = resolved.TryGetValue(obj, out var g) ? g : obj;
                if (!orgs.Contains(global))
                {
                    orgs.Add(global);
                }
            }
        }

        foreach (var m in article.Mentions)
        {
            if (m.EntityId == entity.Id && m.Source == MentionSource.Context && m.Cue is { } cue && !NonTitleCues.Contains(cue))
            {
                AddRole(roles, cue);
            }
        }

        var coActors = article.Entities
            .Where(e => e.Id != entity.Id && e.InKnowledgeBase && e.Kind is EntityKind.Person or EntityKind.Organization)
            .Select(e => e.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new EntityContext(names, roles, orgs, coActors);
    }

    /// <summary>The title as compared: folded, single-spaced, without the article on its first word.</summary>
    public static string RoleKey(string title)
    {
        var normal = VariantGenerator.Normalize(title);
        return normal.StartsWith("ال", StringComparison.Ordinal) && normal.Length > 4 ? normal[2..] : normal;
    }

    /// <summary>The first word of a title key: محلل in محلل سياسي.</summary>
    public static string Head(string roleKey)
    {
        var space = roleKey.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? roleKey : roleKey[..space];
    }

    /// <summary>The last word of a name: the family name or nisba that short forms keep.</summary>
    public static string Surname(string normalName)
    {
        var space = normalName.LastIndexOf(' ');
        return space < 0 ? normalName : normalName[(space + 1)..];
    }

    static void AddRole(List<string> roles, string title)
    {
        var key = RoleKey(title);
        if (key.Length > 0 && !roles.Contains(key))
        {
            roles.Add(key);
        }
    }
}
