using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads a parliamentary committee's name (ORG): لجنة + its field + النيابية or البرلمانية — لجنة النزاهة النيابية، لجنة
/// الأمن والدفاع البرلمانية. The closing adjective is what makes the committee a named body of the parliament rather
/// than any committee (لجنة تحقيق، لجنة أمنية مشتركة).
/// </summary>
internal static class CommitteeNameReader
{
    /// <summary>The cue of a committee mention.</summary>
    const string Cue = "parliamentary committee";

    // The field between لجنة and its adjective has at most this many words (الأمن والدفاع، العلاقات الخارجية).
    const int MaxFieldWords = 3;

    public static void Read(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i + 2 < f.Count; i++)
        {
            if (!f.IsWord(i) || f.IsDefinite(i) || f.Bare(i) != "لجنه" || index.Covering(i) is not null)
            {
                continue;
            }

            for (var j = i + 1; j < f.Count && j <= i + MaxFieldWords + 1; j++)
            {
                if (!f.IsWord(j) || f.Sentence(j) != f.Sentence(i) || index.Covering(j) is not null || !f.IsDefinite(j)
                    || f.Stop(j) is WordClass.Function or WordClass.Verb)
                {
                    break;
                }

                if (j > i + 1 && f.Bare(j) is "نيابيه" or "برلمانيه")
                {
                    found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(j).End), EntityKind.Organization, MentionSource.Context, null, Cue));
                    i = j;
                    break;
                }
            }
        }
    }
}
