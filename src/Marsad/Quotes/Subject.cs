namespace Marsad.Quotes;

/// <summary>What <see cref="SubjectFinder"/> found where a cue's subject may stand.</summary>
internal enum SubjectKind
{
    /// <summary>Nothing: the subject is a dropped pronoun (وأضاف: «…»).</summary>
    Pronoun,

    /// <summary>A mention or a source-class phrase.</summary>
    Found,

    /// <summary>A title or role phrase that names nobody the recogniser resolved (قال رئيس الوفد).</summary>
    Unnamed,

    /// <summary>
    /// A noun phrase after the verb that is neither a mention nor a title (وقالت الشرطة، وأعلنت فعاليات شبابية،
    /// وقال الحريري): someone is named, so the previous speaker only continues when the phrase names them again.
    /// </summary>
    Explicit,

    /// <summary>A document as the subject (وأضاف البيان): its issuer is the speaker; <see cref="Subject.Medium"/> says what it is.</summary>
    Document,

    /// <summary>A thing that cannot speak (تشير التقارير إلى أنّ): no quote.</summary>
    NonSpeaker,
}

/// <summary>
/// A cue's subject: its kind, the speaker when found, the tokens of a title phrase before the name
/// [<see cref="HeadStart"/>, <see cref="HeadEnd"/>) (remembered so the same title later means the same person),
/// the medium of a document subject, and the outlet's name when the subject is an outlet (وذكرت صحيفة «الأهرام»).
/// </summary>
internal readonly record struct Subject(
    SubjectKind Kind, Speaker Speaker = default, int HeadStart = -1, int HeadEnd = -1, Documents.QuoteMedium Medium = default, string? Outlet = null);
