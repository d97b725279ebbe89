namespace Marsad.Entities.Context;

/// <summary>Why a word cannot be part of a name found from context (data/context/stop-words.tsv).</summary>
public enum WordClass
{
    /// <summary>Not a stop word.</summary>
    None,

    /// <summary>Particles, pronouns, prepositions and adverbs.</summary>
    Function,

    /// <summary>Finite verbs of news copy (قال، أكد، يرى).</summary>
    Verb,

    /// <summary>Attributes of a title or person that are not names (السياسي، الرسمي).</summary>
    Adjective,

    /// <summary>Adjectives that may end an organisation's name but never a person's (الدولي، الأعلى).</summary>
    NameAdjective,

    /// <summary>Marks a past holder (السابق، الراحل).</summary>
    Former,

    /// <summary>Time words (اليوم، الخميس).</summary>
    Time,
}
