using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Tagging;

/// <summary>
/// The learned tagger as the third source of mentions (docs/entities.md, "Precedence"): it tags the article's
/// sentences, and every chunk becomes a candidate with <see cref="MentionSource.Tagger"/>. The knowledge base and the
/// context rules win any overlap in <see cref="MentionMerger"/>, so the tagger adds only names nobody listed and no
/// rule caught. A chunk whose words are a knowledge-base name is linked to that entry; the rest stay unlinked and
/// become new entities of their type in coreference. ANERcorp's LOC covers countries and cities as well as sites,
/// so a LOC chunk is a GPE unless the knowledge base says otherwise.
/// </summary>
public sealed class TaggerMentionSource(NerTagger tagger, KnowledgeBase kb) : IMentionSource
{
    public MentionSource Source => MentionSource.Tagger;

    /// <summary>The tagger shipped in data/models, over the shipped knowledge base.</summary>
    public static TaggerMentionSource CreateDefault(KnowledgeBase kb) => new(new NerTagger(NerRecipe.LoadShipped()), kb);

    public IEnumerable<Mention> Find(Document doc)
    {
        if (doc.Tokens.IsDefaultOrEmpty || doc.Sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        // One tag per token of the article, its sentences tagged as one document (NerTagger.TagTokens).
        var tags = tagger.TagTokens(doc);
        var mentions = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            var first = sentence.FirstToken;
            foreach (var chunk in NerChunk.FromTags(new ArraySegment<string>(tags, first, sentence.TokenCount)))
            {
                var span = new TextSpan(doc.Tokens[first + chunk.Start].Span.Start, doc.Tokens[first + chunk.End - 1].Span.End);
                var listed = kb.FindByName(doc[span]).FirstOrDefault();
                var kind = listed?.Kind ?? KindOf(chunk.Type);
                mentions.Add(new Mention(span, kind, MentionSource.Tagger, listed?.EntityId));
            }
        }

        return mentions;
    }

    static EntityKind KindOf(string type) => type switch
    {
        "PERS" => EntityKind.Person,
        "ORG" => EntityKind.Organization,
        "LOC" => EntityKind.GeoPolitical,
        _ => EntityKind.Misc,
    };
}
