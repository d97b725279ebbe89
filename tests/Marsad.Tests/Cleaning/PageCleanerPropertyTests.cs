using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Inputs;
using Marsad.Testing;

namespace Marsad.Tests.Cleaning;

/// <summary>
/// Random pages built from Arabic words, furniture phrases, markup, entities, line breaks and arbitrary characters
/// (surrogates, controls, presentation forms) never crash the cleaner, and every article keeps the offset invariant.
/// </summary>
public class PageCleanerPropertyTests
{
    static readonly string[] Pieces =
    [
        "الحكومة", "تعلن", "قاعدة", "صواريخ", "في", "بغداد", "الأنبار", "قال", "الوزير", ".", "،", "؟", ":", "«", "»",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "|", " - ", "اقرأ أيضا:", "إقرأوا أيضاً:", "fbpx", "TT",
        "الأكثر قراءة", "(أ.ب)", "(رويترز)", "09.04.2021", "٢٤/١١/٢٠٢٠", "9 أبريل 2021", "[tptn_list a=\"1\"]",
        "ﻻ", "ﺑﻐﺪﺍﺩ", "\u200F", "\u0640", "😀", "&amp;", "&#1575;", "&nbsp;", "&bogus;", "&", "<", ">", "<p>", "</p>",
        "<br>", "<div class=\"share\">", "</div>", "<script>x<y</script>", "<!-- c -->", "<h1>", "</h1>", "<article>",
        "</article>", "<a href=\"javascript:x()\">", "</a>", "<table><tr><td>", "</table>", "\"", "'", "=",
    ];

    static Arbitrary<string> Pages() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    static readonly Marsad.Cleaning.PageCleaner Cleaner = Marsad.Cleaning.PageCleaner.CreateDefault();

    static bool CleansSafely(string text, PageFormat format)
    {
        var page = new RawPage("random", 0, text, format, PageHints.None);
        foreach (var article in Cleaner.Clean(page))
        {
            CleanArticleInvariants.Check(text, article);
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public Property Random_text_pages_clean_with_the_invariant() => Prop.ForAll(Pages(), text => CleansSafely(text, PageFormat.Text));

    [Property(MaxTest = 300)]
    public Property Random_html_pages_clean_with_the_invariant() => Prop.ForAll(Pages(), text => CleansSafely(text, PageFormat.Html));

    [Property(MaxTest = 200)]
    public Property Random_bytes_never_throw_from_the_reader() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = new InputReader().Read("random.bin", bytes);
            return result.Input is not null || result.Errors.Length == 1;
        });
}
