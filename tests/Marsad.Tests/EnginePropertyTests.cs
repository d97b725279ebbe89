using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Testing;

namespace Marsad.Tests;

/// <summary>
/// Lucene's CheckRandomData for the whole engine: random pages of Arabic words, furniture, markup, digits, emoji,
/// lone surrogates and arbitrary characters go through reading, cleaning and every default stage; nothing throws,
/// and every layer of every article keeps its offset invariants.
/// </summary>
public class EnginePropertyTests
{
    static readonly string[] Pieces =
    [
        "قال", "رئيس الوزراء", "مصطفى الكاظمي", "إن", "«", "»", "“", "”", "\"", "،", ".", "؟", "\n", "\n\n", " ", " ",
        "اليوم الخميس", "الثلاثاء الماضي", "قبل 18 عاماً", "9 أبريل 2021", "٢٤/١١/٢٠٢٠", "كانون الثاني (يناير)",
        "50 ألف", "نحو 110", "٤٥٠٠", "كتائب حزب الله", "عين الأسد", "بغداد", "هدد", "قصف", "صواريخ", "زيارة",
        "اقرأ أيضاً:", "fbpx", "<p>", "</p>", "<script>x</script>", "&amp;", "😀", "\uD800", "\u200F", "ـ", "ﻻ", "A.B.", "3.5",
    ];

    static readonly Engine Engine = Engine.CreateDefault();

    static Arbitrary<string> Pages() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    static bool AnalysesSafely(string page, string name)
    {
        var analysis = Engine.Analyze(name, "/random/" + name, Encoding.UTF8.GetBytes(page));
        foreach (var article in analysis.Input?.Pages.SelectMany(p => p.Articles) ?? [])
        {
            DocumentInvariants.Check(article.Document);
            CleanArticleInvariants.Check(analysis.Input!.Pages.Single(p => p.Articles.Contains(article)).Page.Text, article.Clean);
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public Property Random_text_pages_never_break_the_pipeline() => Prop.ForAll(Pages(), page => AnalysesSafely(page, "random.txt"));

    [Property(MaxTest = 100)]
    public Property Random_html_pages_never_break_the_pipeline() => Prop.ForAll(Pages(), page => AnalysesSafely("<html><body><article>" + page, "random.html"));

    [Property(MaxTest = 200)]
    public Property Random_strings_never_break_the_pipeline() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => AnalysesSafely(s ?? string.Empty, "any.txt"));
}
