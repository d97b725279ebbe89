using System.Text;
using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Arabic;

/// <summary>
/// Orthographic folding for matching and search only; stored and displayed text is never folded.
/// The same function runs when indexing and when querying (Lucene's analyzer rule). Each rule is one
/// case below; tests hold one row per rule.
/// </summary>
public static class ArabicFolding
{
    /// <summary>Folds one letter; returns '\0' for characters that folding drops (tatweel, diacritics, invisible marks).</summary>
    public static char FoldLetter(char c) => c switch
    {
        // Alef forms: hamza above/below, madda and wasla are written inconsistently in news copy.
        AlefWithMadda or AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWasla => Alef,
        // Final ى and ي are interchangeable in Egyptian and older typesetting (مستشفى/مستشفي).
        AlefMaksura or FarsiYeh or YehBarree => Yeh,
        // Final ة is often typed as ه (الميليشية/الميليشيه).
        TehMarbuta or TehMarbutaGoal => Heh,
        HehGoal or HehWithYehAbove => Heh,
        // Hamza seats: ؤ and ئ lose their hamza in careless spelling (مسؤول/مسئول/مسوول).
        WawWithHamzaAbove => Waw,
        YehWithHamzaAbove => Yeh,
        // Persian keheh looks like kaf and is pasted from Persian sources.
        Keheh => Kaf,
        // Kashida stretches words for layout and carries no letter.
        Tatweel => '\0',
        // Arabic-Indic and Extended (Persian) digits fold to ASCII digits.
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - ExtendedArabicIndicZero)),
        _ when IsDiacritic(c) || IsInvisibleFormat(c) => '\0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>Folds a string for matching. Returns the same instance when nothing changes.</summary>
    public static string Fold(string text) => Fold(text.AsSpan(), text);

    /// <summary>Folds a slice of text for matching.</summary>
    public static string Fold(ReadOnlySpan<char> text) => Fold(text, null);

    static string Fold(ReadOnlySpan<char> text, string? original)
    {
        if (!NeedsFolding(text))
        {
            return original ?? new string(text);
        }

        if (HasPresentationForms(text))
        {
            // Presentation forms (contextual glyphs from PDFs and old pages) decompose to base letters;
            // lam-alef ligatures become two letters, so this is the one rule that can lengthen the copy.
            var decomposed = DecomposePresentationForms(text);

            // Noncharacters such as U+FDD0 sit in the presentation block and survive NFKC: fold them as they are
            // rather than decomposing forever.
            return decomposed.AsSpan().SequenceEqual(text) ? FoldLetters(text) : Fold(decomposed.AsSpan(), null);
        }

        return FoldLetters(text);
    }

    static string FoldLetters(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            n = Append(buffer, n, FoldLetter(c), ref previous);
        }

        return new string(buffer[..n]);
    }

    static string DecomposePresentationForms(ReadOnlySpan<char> text)
    {
        // One character at a time: string.Normalize throws on a lone surrogate anywhere in the string, and scraped
        // text has them. Each presentation form decomposes on its own, so the result is the same.
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsPresentationForm(c))
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    static bool HasPresentationForms(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsPresentationForm(c))
            {
                return true;
            }
        }

        return false;
    }

    static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    static int Append(Span<char> buffer, int n, char folded, ref char previous)
    {
        if (folded == '\0')
        {
            return n;
        }

        // A doubled alef only appears in transliterated names (قاآني → قاااني after folding): collapse it.
        if (folded == Alef && previous == Alef)
        {
            return n;
        }

        buffer[n] = folded;
        previous = folded;
        return n + 1;
    }

    static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        var previous = '\0';
        foreach (var c in text)
        {
            if (FoldLetter(c) != c || IsPresentationForm(c) || (c == Alef && previous == Alef))
            {
                return true;
            }

            previous = c;
        }

        return false;
    }
}
