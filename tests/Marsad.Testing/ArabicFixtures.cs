namespace Marsad.Testing;

/// <summary>Small Arabic pages written for Marsad's tests (invented events; no text from real articles).</summary>
public static class ArabicFixtures
{
    /// <summary>A short plain-text page: headline, a date line, two body paragraphs.</summary>
    public const string ShortPage = """
        وفد نيابي يزور الموصل لبحث ملف الإعمار

        12/03/2021

        وصل وفد من لجنة الخدمات النيابية اليوم الجمعة إلى مدينة الموصل في زيارة تستمر يومين، والتقى المحافظ وعدداً من المسؤولين المحليين.

        وقال رئيس الوفد إن اللجنة ستطالب بتخصيص نحو 300 مليون دولار لإعادة بناء الجسور التي دمرت قبل سبع سنوات.
        """;

    /// <summary>The same page with its second paragraph reworded: a changed version of the same file.</summary>
    public const string ShortPageEdited = """
        وفد نيابي يزور الموصل لبحث ملف الإعمار

        12/03/2021

        وصل وفد من لجنة الخدمات النيابية اليوم الجمعة إلى مدينة الموصل في زيارة تستمر يومين، والتقى المحافظ وعدداً من المسؤولين المحليين.

        وأضاف رئيس الوفد أن اللجنة ستطالب الحكومة بخطة واضحة لإعادة بناء الجسور خلال عامين.
        """;

    /// <summary>Another page about another event.</summary>
    public const string OtherPage = """
        انفجار عبوة ناسفة على طريق سريع جنوب بغداد

        انفجرت عبوة ناسفة صباح الثلاثاء الماضي قرب رتل لشركة نقل متعاقدة، ما أدى إلى إصابة سائقين اثنين بجروح طفيفة بحسب مصدر أمني.
        """;
}
