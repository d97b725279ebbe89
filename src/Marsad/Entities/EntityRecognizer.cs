using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Coreference;
using Marsad.Entities.Knowledge;
using Marsad.Pipeline;

namespace Marsad.Entities;

/// <summary>
/// The entity stage: runs the mention sources in order (knowledge base, context rules, later the tagger), merges
/// their candidates by precedence into sorted, non-overlapping <see cref="Document.Mentions"/>
/// (<see cref="MentionMerger"/>: knowledge base beats context beats tagger, longer beats shorter within a source, a
/// context mention may extend a knowledge-base one), then links mentions to entities within the article and fills
/// <see cref="Document.Entities"/> (<see cref="CoreferenceResolver"/>). Rules and precedence: docs/entities.md.
/// A source implementing <see cref="IDependentMentionSource"/> sees the candidates of the sources before it.
/// </summary>
public sealed class EntityRecognizer : IStage
{
    readonly ImmutableArray<IMentionSource> _sources;
    readonly ContextRecognizer _context;
    readonly MentionMerger _merger;
    readonly CoreferenceResolver _coreference;

    /// <summary>A recogniser over <paramref name="sources"/>, run in the order given.</summary>
    public EntityRecognizer(KnowledgeBase kb, ContextRecognizer context, IEnumerable<IMentionSource> sources)
    {
        _sources = [.. sources];
        _context = context;
        _merger = new MentionMerger(kb);
        _coreference = new CoreferenceResolver(kb);
    }

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Provides => Layer.Mentions;

    /// <summary>The knowledge-base matcher then the context rules, over the shipped tables.</summary>
    public static EntityRecognizer CreateDefault() => Create(KnowledgeBase.LoadDefault(), ContextLexicon.LoadDefault());

    /// <summary>The knowledge-base matcher and the context rules over the given tables, plus any further sources
    /// (a tagger) after them.</summary>
    public static EntityRecognizer Create(KnowledgeBase kb, ContextLexicon lexicon, params IMentionSource[] more)
    {
        var context = new ContextRecognizer(kb, lexicon);
        return new EntityRecognizer(kb, context, [kb.Matcher, context, .. more]);
    }

    public Document Run(Document doc)
    {
        if (doc.Tokens.IsEmpty)
        {
            return doc with { Mentions = [], Entities = [] };
        }

        var facts = _context.Facts(doc);
        var candidates = new List<Mention>();
        foreach (var source in _sources)
        {
            candidates.AddRange(
                ReferenceEquals(source, _context) ? _context.Find(facts, [.. candidates])
                : source is IDependentMentionSource dependent ? dependent.Find(doc, [.. candidates])
                : source.Find(doc));
        }

        var merged = _merger.Merge(doc, facts, candidates);
        var (mentions, entities) = _coreference.Resolve(doc, facts, merged);
        return doc with { Mentions = WholeTokens(doc, mentions), Entities = entities };
    }

    /// <summary>
    /// Mention spans cover whole tokens, proclitics included (وبغداد، لإيران، للعراق), as the gold set marks them: the
    /// name inside a token is not a span of its own in Arabic copy. Entity names and coreference use the name without
    /// them, so this runs last.
    /// </summary>
    static ImmutableArray<Mention> WholeTokens(Document doc, ImmutableArray<Mention> mentions)
    {
        var builder = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var m in mentions)
        {
            var t = MentionIndex.TokenAt(doc, m.Span.Start);
            builder.Add(t >= 0 && doc.Tokens[t].Span.Start < m.Span.Start ? m with { Span = new TextSpan(doc.Tokens[t].Span.Start, m.Span.End) } : m);
        }

        return builder.MoveToImmutable();
    }
}
