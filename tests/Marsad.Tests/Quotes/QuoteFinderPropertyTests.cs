using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Quotes;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Random text (Lucene's CheckRandomData idea): cue words, complementizers, source words, outlet words, quotation
/// marks of every kind, punctuation, line breaks, Latin, digits and emoji, glued or spaced at random, with random
/// mentions (some starting inside a token, some outlets) and a random relation, never crash the finder and always
/// give sorted, disjoint quotes with spans inside the text.
/// </summary>
public class QuoteFinderPropertyTests
{
    static readonly QuoteFinder Finder = QuoteFinder.CreateDefault();
    static readonly DateFinder Dates = DateFinder.CreateDefault();

    static readonly string[] Pieces =
    [
        "قال", "وقال", "قالت", "أكد", "وأضاف", "مضيفا", "مشيرة", "إلى", "أن", "إن", "بأن", "أنه", "فإن", "بحسب", "وفقا",
        "لـ", "ل", "نقلت", "عن", "قوله", "جاء", "في", "فيه", "بيان", "تغريدة", "قناة", "لقناة", "لموقع", "وكالة",
        "مصادر", "أمنية", "مسؤولون", "عراقيون", "المسؤولون", "دبلوماسي", "غربي", "المتحدث", "باسم", "رئيس", "الوزراء",
        "الذي", "التي", "قبل", "كان", "وكانت", "قد", "فيما", "التقارير", "البيان", "عملية", "تحالف", "الكاظمي", "الحريري",
        "«", "»", "“", "”", "\"", "„", ":", "،", ",", ".", "؟", "-", "—", "(", ")", "\n", "\n\n", " ", "ـ", "ً",
        "CNN", "abc", "2021", "١٤", "😀", "\u200F",
    ];

    static Arbitrary<(string Text, int[] Picks)> Inputs()
    {
        var piece = Gen.Elements(Pieces);
        var separator = Gen.Elements("", " ", " ", " ", "\n");
        var text = from parts in Gen.ArrayOf(Gen.Zip(piece, separator))
                   select string.Concat(parts.Select(p => p.Item1 + p.Item2));
        var picks = Gen.ArrayOf(Gen.Choose(0, 9));
        return Gen.Zip(text, picks).ToArbitrary();
    }

    [Property(MaxTest = 2000)]
    public Property Random_text_never_breaks_the_finder() =>
        Prop.ForAll(Inputs(), input =>
        {
            var doc = new Document("fuzz", new ArticleSource("fuzz", 0), input.Text);
            doc = Dates.Run(new SentenceSplitter().Run(new Tokenizer().Run(doc)));
            doc = WithRandomMentions(doc, input.Picks);
            doc = Finder.Run(doc);
            DocumentInvariants.Check(doc);
            foreach (var q in doc.Quotes)
            {
                Assert.False(string.IsNullOrWhiteSpace(doc[q.Content]), $"quote {q.Content} is blank");
                Assert.True(q.Cue is null || q.CueVerb is not null, "a cue span without its lemma");
            }
        });

    /// <summary>Mentions over some tokens (one in ten starts after the token's first character), with entities and a relation.</summary>
    static Document WithRandomMentions(Document doc, int[] picks)
    {
        if (picks.Length == 0 || doc.Tokens.IsEmpty)
        {
            return doc;
        }

        var mentions = new List<Mention>();
        var kinds = Enum.GetValues<EntityKind>();
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            var pick = picks[t % picks.Length];
            if (pick < 3)
            {
                var span = doc.Tokens[t].Span;
                var start = pick == 0 && span.Length > 1 ? span.Start + 1 : span.Start;
                mentions.Add(new Mention(new TextSpan(start, span.End), kinds[(t + pick) % kinds.Length], MentionSource.KnowledgeBase, pick == 2 ? null : $"kb:e{t % 4}"));
            }
        }

        var entities = Enumerable.Range(0, 4).Select(i => new Entity($"kb:e{i}", kinds[i], "اسم") { Sector = i % 2 == 0 ? "MED" : null });
        var phrase = doc.Tokens[picks[0] % doc.Tokens.Length].Span;
        var relation = new Relation(RelationPredicate.SpokespersonOf, "kb:e1", "kb:e2", phrase, doc[phrase]);
        return doc with { Mentions = [.. mentions], Entities = [.. entities], Relations = [relation] };
    }
}
