namespace Marsad.Documents;

/// <summary>
/// Which recogniser found a mention. The order is the precedence when mentions overlap (ARCHITECTURE.md,
/// "Entities"): a knowledge-base match beats a context rule, which beats the tagger.
/// </summary>
public enum MentionSource
{
    /// <summary>Matched a knowledge-base name or one of its generated spelling variants.</summary>
    KnowledgeBase,

    /// <summary>Found from the words around it: a title or role, an organisation cue word, quotation marks.</summary>
    Context,

    /// <summary>Found by the learned sequence tagger.</summary>
    Tagger,
}
