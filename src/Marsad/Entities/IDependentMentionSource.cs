using Marsad.Documents;

namespace Marsad.Entities;

/// <summary>
/// A mention source that reads the candidates of the sources run before it: the context rules use the knowledge
/// base's names to tell where a title's organisation ends and a person's name begins. The entity recogniser passes
/// the earlier candidates; used alone, <see cref="IMentionSource.Find(Document)"/> works without them.
/// </summary>
public interface IDependentMentionSource : IMentionSource
{
    /// <summary>Candidate mentions, given the (possibly overlapping) candidates of earlier sources.</summary>
    IEnumerable<Mention> Find(Document doc, IReadOnlyList<Mention> earlier);
}
