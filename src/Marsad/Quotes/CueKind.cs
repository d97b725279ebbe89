namespace Marsad.Quotes;

/// <summary>How a reporting cue ties a speaker to what was said (data/quotes/cue-verbs.tsv, column <c>kind</c>).</summary>
public enum CueKind
{
    /// <summary>A finite verb of saying (قال، أكد): its subject is the speaker.</summary>
    Verb,

    /// <summary>A verb whose complement must follow closely (تابع "went on", which is also "followed").</summary>
    Near,

    /// <summary>An active participle in ḥāl position (مضيفاً، مشيراً): the speaker is the main clause's subject.</summary>
    Participle,

    /// <summary>نقل X عن Y: Y is the speaker and X the outlet that carried the words.</summary>
    Transmission,

    /// <summary>جاء/ورد في البيان: the speaker issued the document.</summary>
    Document,

    /// <summary>بحسب X، وفقاً لـ X: a preposition naming the source.</summary>
    Attribution,
}
