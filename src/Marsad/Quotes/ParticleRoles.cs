namespace Marsad.Quotes;

/// <summary>
/// What a function word or head noun does around a cue (data/quotes/particles.tsv and heads.tsv). A word may have
/// several roles (لواء is a rank and a brigade).
/// </summary>
[Flags]
public enum ParticleRoles
{
    None = 0,

    /// <summary>Opens a reported clause (إنّ، أنّ، بأنّ، أنه).</summary>
    Complementizer = 1,

    /// <summary>A complementizer without a pronoun suffix: the reported clause starts after it.</summary>
    BareComplementizer = 2,

    /// <summary>A preposition written as its own word: a name after it is an adjunct, not a subject.</summary>
    Preposition = 4,

    /// <summary>A relative pronoun: a cue verb after it describes a noun and reports nothing.</summary>
    Relative = 8,

    /// <summary>An adverb that may stand between a verb and its subject.</summary>
    Adverb = 16,

    /// <summary>A thing that "points out" without speaking (التقارير، الأرقام).</summary>
    NonSpeaker = 32,

    /// <summary>قوله "his saying" between نقل … عن Y and the quotation.</summary>
    ReportedWord = 64,

    /// <summary>A sentence-initial word after which a new clause starts (فيما، بينما).</summary>
    ClauseOpener = 128,

    /// <summary>A title or role heading a speaker phrase (رئيس، المتحدث).</summary>
    SpeakerHead = 256,

    /// <summary>A kind of news outlet (قناة، صحيفة، وكالة).</summary>
    OutletHead = 512,

    /// <summary>A noun that a quoted name follows (تحالف «…»، عملية «…»).</summary>
    NameHead = 1024,

    /// <summary>An outlet word with a second sense (موقع، شبكة): an outlet only with a quoted, known or Latin name.</summary>
    QuotedOutletHead = 2048,

    /// <summary>A word after which أنْ is the infinitive particle, not a complementizer (قبل أن، يجب أن، إلا أن).</summary>
    InfinitiveTrigger = 4096,

    /// <summary>كان "was": its subject follows it, before the cue (وكانت الشركة قد قالت).</summary>
    Kana = 8192,

    /// <summary>A word after which a cue form is a verbal noun (عدم ذكر اسمه).</summary>
    NounBefore = 16384,
}
