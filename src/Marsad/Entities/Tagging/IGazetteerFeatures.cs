namespace Marsad.Entities.Tagging;

/// <summary>
/// A name list the tagger consults for features: it reports which token ranges of a sentence are known names
/// and of what category. The tagger turns each match into features on its tokens (first/inside, category) and
/// learns how far to trust them, so a list may be noisy. Built-in lists come from the training split and from
/// hand-written tables; the knowledge base implements this interface later. A model must be tagged with the
/// same lists (same <see cref="Name"/>s) it was trained with.
/// </summary>
public interface IGazetteerFeatures
{
    /// <summary>A short stable name that namespaces this list's features inside a model.</summary>
    string Name { get; }

    /// <summary>
    /// Adds every entry found in the sentence to <paramref name="matches"/>. <paramref name="folded"/> holds the
    /// folded tokens (<see cref="Arabic.ArabicFolding"/>), <paramref name="stems"/> the same tokens with
    /// proclitics (و ف ب ك ل ال) split off, so وبغداد can match بغداد. Matches may overlap.
    /// </summary>
    void FindMatches(IReadOnlyList<string> folded, IReadOnlyList<string> stems, ICollection<GazetteerMatch> matches);
}
