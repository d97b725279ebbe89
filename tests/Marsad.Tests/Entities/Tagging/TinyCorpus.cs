using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

/// <summary>
/// A small invented news corpus for tagger tests: people after titles and speech verbs, places after
/// prepositions and place nouns, organisations after their head nouns. Sentences are written for the tests.
/// </summary>
internal static class TinyCorpus
{
    static readonly string[] People = ["سمير", "كريم", "هشام", "نادر", "وليد", "ماهر", "رامي", "باسل"];
    static readonly string[] Surnames = ["العطار", "الخياط", "النجار", "الحداد", "الصباغ", "الفخراني", "البناء", "الزيات"];
    static readonly string[] Places = ["تونس", "بغداد", "القاهرة", "عمان", "بيروت", "دمشق", "الرباط", "صنعاء"];
    static readonly string[] Groups = ["الأمل", "النور", "الفجر", "الوفاء", "الغد", "الرواد", "البيان", "الشروق"];

    /// <summary>Annotated training sentences built from the lists above.</summary>
    public static List<NerSentence> Training()
    {
        var sentences = new List<NerSentence>();
        for (var k = 0; k < People.Length; k++)
        {
            var person = People[k];
            var surname = Surnames[(k + 3) % Surnames.Length];
            var place = Places[(k + 1) % Places.Length];
            var group = Groups[(k + 5) % Groups.Length];
            sentences.Add(S($"قال الرئيس {person}|B-PERS {surname}|I-PERS إن الوضع هادئ في {place}|B-LOC ."));
            sentences.Add(S($"وصل الوزير {person}|B-PERS إلى {place}|B-LOC أمس في زيارة رسمية ."));
            sentences.Add(S($"أعلن حزب|B-ORG {group}|I-ORG مقاطعة الانتخابات في {place}|B-LOC ."));
            sentences.Add(S($"التقى {person}|B-PERS {surname}|I-PERS وفدا من حزب|B-ORG {group}|I-ORG في مدينة {place}|B-LOC ."));
            sentences.Add(S("وأكد المتحدث أن المفاوضات ستستمر الأسبوع المقبل ."));
        }

        return sentences;
    }

    /// <summary>Parses "word|TAG word …" (untagged words are O).</summary>
    public static NerSentence S(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('|')).ToArray();
        return new NerSentence([.. parts.Select(p => p[0])], [.. parts.Select(p => p.Length > 1 ? p[1] : "O")]);
    }

    /// <summary>Options that keep test training fast and free of the shipped clusters and news.</summary>
    public static NerTrainingOptions Options => new() { Epochs = 8, ContextWindow = -1, MinWordCount = 1 };
}
