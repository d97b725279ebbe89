namespace Marsad.Entities.Tagging;

/// <summary>
/// What the features know of one token from its own string: its forms, hashes (identity hashes already mapped
/// through the training vocabulary), cluster indices and trigger class. Computed once per token, or once per
/// word type when the tagger caches it.
/// </summary>
internal readonly record struct NerTokenInfo(
    string Surface, NerWordForms Forms, ulong WordHash, ulong StemHash, ulong Trigger, int WordCluster, int StemCluster, ulong Affix)
{
    /// <summary>The proclitics and last two letters: ال…ي marks the nisba adjectives (البرتغالي، الفرنسي) around names.</summary>
    public static ulong AffixOf(in NerWordForms forms) =>
        FeatureHash.Pair(FeatureHash.Of(forms.Proclitic), FeatureHash.Of(forms.Folded.AsSpan(Math.Max(0, forms.Folded.Length - 2))));
}
