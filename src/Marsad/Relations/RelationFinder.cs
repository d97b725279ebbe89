using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Coreference;
using Marsad.Entities.Knowledge;
using Marsad.Pipeline;

namespace Marsad.Relations;

/// <summary>
/// Reads relations between entities from what the text itself says (docs/relations.md): role phrases before a name
/// or in apposition after it (holds_role, leads, member_of, spokesperson_of), succession (خليفة، سلفه، خلفاً لـ),
/// and cue phrases between two entities (aligned_with, part_of, opposes). Subjects and objects are the entity ids of
/// the mentions; each relation keeps the span and the raw phrase it was read from. Relations the knowledge base
/// knows but the article does not state are not added.
/// </summary>
public sealed class RelationFinder(KnowledgeBase kb, ContextLexicon lexicon, RelationCueTable cues) : IStage
{
    readonly TokenAnalyzer _analyzer = new(kb, lexicon);

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Mentions;

    public Layer Provides => Layer.Relations;

    /// <summary>The relation finder over the shipped tables.</summary>
    public static RelationFinder CreateDefault() => new(KnowledgeBase.LoadDefault(), ContextLexicon.LoadDefault(), RelationCueTable.LoadDefault());

    public Document Run(Document doc)
    {
        // Role mentions stand for a person but state no relation of their own.
        var named = doc.Mentions.Where(m => m.Cue != RoleResolver.Cue && m.EntityId is not null).ToList();
        if (named.Count < 2 && !named.Any(m => m.Kind == EntityKind.Person))
        {
            return doc with { Relations = [] };
        }

        var facts = _analyzer.Analyze(doc);
        var index = new MentionIndex(doc, named);
        var relations = new RelationList(doc);
        RoleRelationReader.Read(facts, index, named, relations);
        SuccessionReader.Read(facts, index, named, relations);
        CueRelationReader.Read(facts, index, cues, relations);
        return doc with { Relations = relations.ToImmutable() };
    }
}
