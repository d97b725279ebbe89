using System.Collections.Frozen;
using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads an army unit named by its number (ORG): a unit word with the article and an ordinal after it — الفرقة
/// السادسة، الفوج الثالث، الفيلق الأول، الكتيبة الثانية. Iraqi and regional news name divisions and regiments this way
/// (قائد الفرقة السادسة), and the unit is the body its commander leads. اللواء is left out: with the article before a
/// name it is the rank "major general" (اللواء ستار الخفاجي).
/// </summary>
internal static class MilitaryUnitReader
{
    /// <summary>The cue of a unit mention.</summary>
    const string Cue = "military unit";

    // Unit words, folded, as they stand after the article.
    static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(["فرقه", "فوج", "فيلق", "كتيبه"], StringComparer.Ordinal);

    // Ordinals one to twenty, folded, masculine and feminine (الفرقة السادسة، الفوج الثالث), and the first word of
    // a compound ordinal (الفرقة الخامسة عشرة takes عشرة as its second word).
    static readonly FrozenSet<string> Ordinals = FrozenSet.ToFrozenSet(
        ["الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه", "السادس",
         "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره", "الحادي", "الحاديه"],
        StringComparer.Ordinal);

    public static void Read(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || !f.IsDefinite(i) || !Units.Contains(f.Bare(i)) || !f.IsWord(i + 1) || f.Sentence(i + 1) != f.Sentence(i)
                || !Ordinals.Contains(f.Folded(i + 1)) || index.Covering(i) is not null || index.Covering(i + 1) is not null)
            {
                continue;
            }

            // الخامسة عشرة، الحادية عشرة: the tens word belongs to the ordinal.
            var last = i + 2 < f.Count && f.IsWord(i + 2) && f.Folded(i + 2) is "عشر" or "عشره" ? i + 2 : i + 1;
            found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(last).End), EntityKind.Organization, MentionSource.Context, null, Cue));
            i = last;
        }
    }
}
