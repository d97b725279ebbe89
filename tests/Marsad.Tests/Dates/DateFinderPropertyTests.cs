using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Testing;

namespace Marsad.Tests.Dates;

/// <summary>
/// Random text (Lucene's CheckRandomData idea): pieces of date expressions, Arabic letters, Latin, digits of all three
/// sets, punctuation, marks and line breaks, glued or spaced at random, never crash the finder and always give
/// sorted, non-overlapping spans inside the text, whatever the anchor.
/// </summary>
public class DateFinderPropertyTests
{
    static readonly DateFinder Finder = DateFinder.CreateDefault();

    static readonly string[] Pieces =
    [
        "أمس", "اليوم", "غدا", "أول", "يوم", "الخميس", "الأحد", "الاثنين", "الماضي", "المقبل", "الجاري", "القادمة",
        "قبل", "منذ", "نحو", "ثلاثة", "عشر", "وعشرين", "أيام", "يومين", "عاما", "أسابيع", "الأيام", "القليلة",
        "يناير", "كانون", "الثاني", "الأول", "تشرين", "آب", "شهر", "رمضان", "ذي", "الحجة", "صيف", "الصيف",
        "العام", "عام", "عامي", "السنة", "الشهر", "الأسبوع", "مطلع", "منتصف", "أواخر", "هذا", "من", "في", "و",
        "هـ", "م", "ذاته", "السابع", "الحادي", "والثلاثين", "الـ", "بال", "لل", "وب",
        "2021", "١٤٤٢", "۲۰۲۰", "15", "31", "0", "9999", "1", "12", "48",
        "(", ")", "/", "-", ".", "،", ",", "–", ":", "\n", "\r\n", " ", "  ", "\u200F", "\u200C", "ـ", "ً", "َ",
        "abc", "Z", "😀", "ﻻ", "ب", "ا", "ل",
    ];

    static Arbitrary<(string Text, DateOnly? Anchor)> Inputs()
    {
        var piece = Gen.Elements(Pieces);
        var separator = Gen.Elements("", " ", " ", "\n");
        var text = from parts in Gen.ArrayOf(Gen.Zip(piece, separator))
                   select string.Concat(parts.Select(p => p.Item1 + p.Item2));
        var anchor = Gen.OneOf(
            Gen.Constant<DateOnly?>(null),
            from day in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)
            select (DateOnly?)DateOnly.FromDayNumber(day),
            from day in Gen.Choose(new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2040, 1, 1).DayNumber)
            select (DateOnly?)DateOnly.FromDayNumber(day));
        return Gen.Zip(text, anchor).ToArbitrary();
    }

    [Property(MaxTest = 2000)]
    public Property Random_text_never_breaks_the_finder() =>
        Prop.ForAll(Inputs(), input =>
        {
            var doc = Finder.Run(new Document("fuzz", new ArticleSource("fuzz", 0, Published: input.Anchor), input.Text));
            DocumentInvariants.Check(doc);
            foreach (var date in doc.Dates)
            {
                Assert.True(date.Precision == DatePrecision.Unresolved || date.Start <= date.End, $"{date} has an inverted interval");
                Assert.False(string.IsNullOrEmpty(date.Rule));
            }
        });

    [Property(MaxTest = 500)]
    public Property Random_header_text_never_breaks_the_publication_date_parser() =>
        Prop.ForAll(Inputs(), input =>
        {
            if (PublicationDateParser.TryParse(input.Text, out _, out var span))
            {
                Assert.True(span.Start >= 0 && span.End <= input.Text.Length && span.Start < span.End);
            }
        });
}
