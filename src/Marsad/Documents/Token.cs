namespace Marsad.Documents;

/// <summary>
/// One surface word. <see cref="Folded"/> is the orthographically folded copy used for matching;
/// <see cref="Stem"/> is the folded form with proclitics and a light suffix removed. The original
/// characters are only ever read through <see cref="Span"/>.
/// </summary>
/// <param name="Span">Where the surface word sits in the document text.</param>
/// <param name="Folded">Folded surface (see <c>ArabicFolding</c>).</param>
/// <param name="Stem">Folded form without proclitics (و ف ب ل ك ال س) and light suffixes.</param>
/// <param name="Prefix">Folded proclitics that were split off, in reading order, e.g. "وبال" for وبالأمس.</param>
public readonly record struct Token(TextSpan Span, string Folded, string Stem, string Prefix)
{
    /// <summary>The folded word without its proclitics but with its suffixes (e.g. للعراق → عراق).</summary>
    public string Base => Folded.Length > Prefix.Length ? Folded[Prefix.Length..] : Folded;
}
