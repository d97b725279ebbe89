namespace Marsad.Arabic;

/// <summary>
/// The proclitics <see cref="CliticSplitter"/> separates, as flags so a split can name all of them
/// (وبالأمس is <see cref="Waw"/> | <see cref="Beh"/> | <see cref="Article"/>). They attach in this order:
/// conjunction (و or ف), then a preposition (ب ك ل) or the future particle س, then the article ال.
/// </summary>
[Flags]
public enum Proclitics
{
    None = 0,

    /// <summary>و "and".</summary>
    Waw = 1,

    /// <summary>ف "so, then".</summary>
    Feh = 2,

    /// <summary>ب "with, in, by".</summary>
    Beh = 4,

    /// <summary>ك "like, as".</summary>
    Kaf = 8,

    /// <summary>ل "for, to".</summary>
    Lam = 16,

    /// <summary>ال, the definite article (its alef is not written after ل: للعراق).</summary>
    Article = 32,

    /// <summary>س, the future particle, only on imperfect verbs (سيعلن).</summary>
    Future = 64,
}
