namespace Marsad.Storage.Search;

/// <summary>What a word becomes in an index field (<see cref="SearchStem"/>).</summary>
public enum TermForm
{
    /// <summary>Folded, proclitics split, light suffixes stripped: matches inflected forms (الأمريكية ~ أمريكي).</summary>
    Stem,

    /// <summary>Folded, proclitics split, suffixes kept: matches the word itself (names, exact words).</summary>
    Base,

    /// <summary>The stem without inner long vowel letters: matches spellings that differ in one (أميركية ~ أمريكية).</summary>
    Skeleton,
}
