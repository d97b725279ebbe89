using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Coreference;

/// <summary>
/// Links the mentions of one article to entities (docs/entities.md, "Coreference"):
/// <list type="number">
/// <item>Surnames standing alone after a full name become mentions (<see cref="ShortFormFinder"/>), and so do a
/// listed entity's ambiguous one-word aliases once the article has named it (<see cref="AliasFinder"/>).</item>
/// <item>A one-word person mention (a short form: الكاظمي، قاآني، الصدر، سالم) goes to the most recent person named
/// earlier whose surname it is — so two men called الحسيني stay apart and "بحسب الحسيني" right after the writer is
/// the writer; with no such person, a listed short form keeps its knowledge-base id (الكاظمي → kb:kadhimi).</item>
/// <item>Any other listed mention keeps its knowledge-base id; an unlisted one joins an earlier entity of the same
/// kind with the same name (articles and spelling folded), else starts an article-local entity
/// (<c>&lt;docId&gt;/e&lt;n&gt;</c>).</item>
/// <item>Role phrases standing for a person become mentions of the holder when unambiguous (<see cref="RoleResolver"/>).</item>
/// </list>
/// </summary>
internal sealed class CoreferenceResolver(KnowledgeBase kb)
{
    readonly RoleResolver _roles = new(kb);

    public (ImmutableArray<Mention> Mentions, ImmutableArray<Entity> Entities) Resolve(Document doc, TokenFacts facts, List<Mention> merged)
    {
        var shortForms = ShortFormFinder.Find(facts, merged, NamesOther);
        var mentions = merged;
        if (shortForms.Count > 0)
        {
            mentions = [.. merged, .. shortForms];
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        var aliases = AliasFinder.Find(facts, mentions, kb);
        if (aliases.Count > 0)
        {
            mentions = [.. mentions, .. aliases];
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        var states = new List<EntityState>();
        var byId = new Dictionary<string, EntityState>(StringComparer.Ordinal);
        var linked = new List<Mention>(mentions.Count + 4);
        foreach (var m in mentions)
        {
            var name = NameKey(doc[m.Span]);
            var state = Antecedent(m, name, states, byId) ?? NewEntity(doc, m, states, byId);
            state.See(name, linked.Count);
            linked.Add(m with { EntityId = state.Id });
        }

        var roles = _roles.Find(facts, linked, doc.Anchor);
        if (roles.Count > 0)
        {
            linked.AddRange(roles);
            linked.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

            // A holder known only from the knowledge base (قائد فيلق القدس on the article's date) is an entity too.
            foreach (var role in roles)
            {
                if (!byId.ContainsKey(role.EntityId!))
                {
                    var state = new EntityState(role.EntityId!, EntityKind.Person, inKnowledgeBase: true);
                    states.Add(state);
                    byId[state.Id] = state;
                }
            }
        }

        return ([.. linked], [.. states.Select(s => s.ToEntity(doc, linked, kb))]);
    }

    /// <summary>
    /// True when the knowledge base lists the folded word as the name of a place or group. A guarded alias (الغجر, a
    /// village that is also a surname) does not count: it never names the place on its own.
    /// </summary>
    bool NamesOther(string folded)
    {
        if (kb.IsGuardedWord(folded))
        {
            return false;
        }

        foreach (var entry in kb.FindByName(folded))
        {
            if (entry.Kind != EntityKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    static EntityState? Antecedent(Mention m, string name, List<EntityState> states, Dictionary<string, EntityState> byId)
    {
        if (m.Kind == EntityKind.Person && (!name.Contains(' ', StringComparison.Ordinal) || m.Cue == ShortFormFinder.Cue))
        {
            // A short form: the most recent person whose surname it is (one word, or a particle and its word).
            EntityState? best = null;
            foreach (var s in states)
            {
                if (s.Kind == EntityKind.Person && (s.Surnames.Contains(name) || s.EndsWith(name)) && (best is null || s.LastSeen > best.LastSeen))
                {
                    best = s;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        if (m.EntityId is { } id)
        {
            return byId.GetValueOrDefault(id);
        }

        foreach (var s in states)
        {
            if (s.Kind == m.Kind && s.Names.Contains(name))
            {
                return s;
            }
        }

        return null;
    }

    EntityState NewEntity(Document doc, Mention m, List<EntityState> states, Dictionary<string, EntityState> byId)
    {
        var id = m.EntityId is { } kbId && kb.Get(kbId) is not null
            ? kbId
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{doc.Id}/e{states.Count(s => !s.InKnowledgeBase) + 1}");
        var state = new EntityState(id, m.Kind, id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal));
        states.Add(state);
        byId[id] = state;
        return state;
    }

    /// <summary>A name folded for comparison, each word without its article (الحسيني = حسيني).</summary>
    internal static string NameKey(string surface)
    {
        var words = ArabicFolding.Fold(surface).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ContextLexicon.Bare(words[i]);
        }

        return string.Join(' ', words);
    }

    sealed class EntityState(string id, EntityKind kind, bool inKnowledgeBase)
    {
        public string Id => id;

        public EntityKind Kind => kind;

        public bool InKnowledgeBase => inKnowledgeBase;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

        public int LastSeen { get; private set; } = -1;

        /// <summary>True when one of the entity's names ends with these words (a two-word family name).</summary>
        public bool EndsWith(string words) => Names.Any(n => n.EndsWith(" " + words, StringComparison.Ordinal));

        public void See(string name, int position)
        {
            Names.Add(name);
            var space = name.LastIndexOf(' ');
            Surnames.Add(space < 0 ? name : name[(space + 1)..]);
            LastSeen = position;
        }

        public Entity ToEntity(Document doc, List<Mention> mentions, KnowledgeBase kb)
        {
            if (inKnowledgeBase && kb.Get(id) is { } entry)
            {
                return kb.ToEntity(entry);
            }

            // The canonical name of an unlisted entity is its fullest surface: most words, then first seen.
            var surfaces = mentions.Where(m => m.EntityId == id && m.Cue != RoleResolver.Cue).Select(m => doc[m.Span]).Distinct().ToList();
            var name = surfaces.OrderByDescending(s => s.Count(c => c == ' ')).ThenBy(surfaces.IndexOf).FirstOrDefault() ?? id;
            return new Entity(id, kind, name) { Aliases = [.. surfaces.Where(s => s != name)] };
        }
    }
}
