using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// What the variant rules need to know about a name's entry: its kind (place names take the optional-article
/// rule), whether the name is a transliteration of a foreign name (vowel-letter rules) and its English name
/// (aligned with the Arabic words for the Wikidata spelling rule).
/// </summary>
public sealed record NameProfile(EntityKind Kind, bool Transliterated, string? NameEn = null);
