using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// A title with what completes it, as read before or after a person's name: "وزير الدفاع الإيراني", "المتحدث
/// العسكري باسم حركة عصائب أهل الحق", "القيادي في تحالف الفتح". <see cref="Title"/> is the title and its portfolio
/// as printed (وزير الدفاع), without nationality adjectives or the organisation; <see cref="Object"/> is the
/// organisation or place mention it belongs to and <see cref="CountryId"/> the country of a nationality adjective
/// (العراقي → iraq). <see cref="Strong"/>: the title is definite or in construct with a definite complement (الكاتب،
/// رئيس الوزراء), so an unknown word after it can start a name; an indefinite title (مسؤول في الأمم المتحدة) cannot.
/// <see cref="SameAs"/> is the knowledge base's wording of the same post, if it differs. Tokens <see cref="FirstToken"/>..<see cref="LastToken"/> are the whole phrase.
/// </summary>
internal sealed record RolePhrase(
    int FirstToken,
    int LastToken,
    TextSpan Span,
    TextSpan TitleSpan,
    string Title,
    string? SameAs,
    TitleClass Class,
    Mention? Object,
    string? CountryId,
    bool Former,
    bool Modified,
    bool PronounObject,
    bool Strong)
{
    /// <summary>The folded title words, the article of the first dropped (how the knowledge base keys titles).</summary>
    public string TitleFolded => ContextLexicon.Bare(Arabic.ArabicFolding.Fold(Title));

    /// <summary>Ranks, honorifics and person nouns name no post: they are evidence for a name, nothing more.</summary>
    public bool IsPost => Class is not (TitleClass.Rank or TitleClass.Honorific or TitleClass.Person);
}
