using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Arabic;

/// <summary>
/// Maps a position in a folded copy back to the surface text it was folded from, so that rules which
/// match on <see cref="ArabicFolding.Fold(string)"/> output can still point at (or inspect) the original
/// characters. Folding only drops characters (diacritics, tatweel, invisible marks, a doubled alef), except
/// for presentation forms, which are decomposed and cannot be mapped this way.
/// </summary>
public static class FoldedPositions
{
    /// <summary>
    /// The surface index of the character that became folded character <paramref name="foldedIndex"/>;
    /// <c>surface.Length</c> when <paramref name="foldedIndex"/> is the folded length; -1 when the surface
    /// holds presentation forms or is shorter than the folded copy.
    /// </summary>
    public static int SurfaceIndex(ReadOnlySpan<char> surface, int foldedIndex)
    {
        var n = 0;
        var previous = '\0';
        for (var i = 0; i < surface.Length; i++)
        {
            var c = surface[i];
            if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
            {
                return -1;
            }

            var folded = ArabicFolding.FoldLetter(c);

            // Mirror ArabicFolding: dropped characters and the second of two alefs have no folded position.
            if (folded == '\0' || (folded == Alef && previous == Alef))
            {
                continue;
            }

            if (n == foldedIndex)
            {
                return i;
            }

            previous = folded;
            n++;
        }

        return n == foldedIndex ? surface.Length : -1;
    }
}
