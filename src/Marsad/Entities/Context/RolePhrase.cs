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
    /// <summary>Nouns between the title and its organisation name a unit of it (قائد القوات البرية في الحرس الثوري، رئيس
    /// بعثة اللجنة الدولية): the holder heads the unit, not the organisation.</summary>
    public bool HasPortfolio { get; init; }

    /// <summary>A second organisation after the first, joined by في or بـ (فيلق القدس في الحرس الثوري): the first is part of it.</summary>
    public Mention? Parent { get; init; }

    /// <summary>The object came after عن (النائب عن تحالف الفتح): the list or province the holder sits for.</summary>
    public bool ObjectAfterAn { get; init; }

    /// <summary>
    /// The portfolio is one definite organisation cue word standing for a group named before (رئيس المجلس، زعيم
    /// الجماعة): its folded bare form, for the relation finder to look back for that group.
    /// </summary>
    public string? AnaphorHead { get; init; }

    /// <summary>The whole phrase as printed when its complement names no entity (الناطق باسم القائد العام للقوات المسلحة).</summary>
    public string? LongTitle { get; init; }

    /// <summary>The folded title words, the article of the first dropped (how the knowledge base keys titles).</summary>
    public string TitleFolded => ContextLexicon.Bare(Arabic.ArabicFolding.Fold(Title));

    /// <summary>Ranks, honorifics and person nouns name no post: they are evidence for a name, nothing more.</summary>
    public bool IsPost => Class is not (TitleClass.Rank or TitleClass.Honorific or TitleClass.Person);
}
