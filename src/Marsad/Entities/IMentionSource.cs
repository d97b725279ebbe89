using Marsad.Documents;

namespace Marsad.Entities;

/// <summary>
/// A recogniser that proposes entity mentions in a document: the knowledge-base gazetteer, context rules, the
/// tagger. Candidates may overlap (within one source and across sources); the entity recogniser merges them by
/// <see cref="MentionSource"/> precedence and writes the non-overlapping <see cref="Document.Mentions"/> layer.
/// Implementations are pure and synchronous, like stages.
/// </summary>
public interface IMentionSource
{
    /// <summary>Which recogniser this is; every mention it returns carries this source.</summary>
    MentionSource Source { get; }

    /// <summary>Candidate mentions over <see cref="Document.Tokens"/>, in text order (start, then longer first).</summary>
    IEnumerable<Mention> Find(Document doc);
}
