using System.Globalization;
using System.Text;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Normalises English (Latin-script) names for look-up: lower case, no diacritics (Erdoğan = Erdogan), hyphens
/// and apostrophes as spaces, and the Arabic article written "al-", "el-", "al " or attached dropped as an
/// optional particle (al-Kadhimi = Kadhimi).
/// </summary>
public static class EnglishNames
{
    /// <summary>Spellings of the Arabic article (and its sun-letter assimilations) in romanised names.</summary>
    static readonly string[] Articles = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"];

    /// <summary>Lower case, diacritics removed, punctuation as single spaces.</summary>
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space && c != '.')
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>The words of a name without article particles: "Mustafa al-Kadhimi" → mustafa, kadhimi.</summary>
    public static string[] Tokens(string name) =>
        [.. Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsArticle(w))];

    /// <summary>The look-up keys of a name: as written (normalised), and without article particles.</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            yield break;
        }

        yield return normalized;
        var bare = string.Join(' ', Tokens(name));
        if (bare != normalized && bare.Length > 0)
        {
            yield return bare;
        }

        // "Al-Kadhimi" is also written "Alkadhimi" in some wires.
        var joined = normalized.Replace("al ", "al", StringComparison.Ordinal);
        if (joined != normalized)
        {
            yield return joined;
        }
    }

    static bool IsArticle(string word) => Array.IndexOf(Articles, word) >= 0;
}
