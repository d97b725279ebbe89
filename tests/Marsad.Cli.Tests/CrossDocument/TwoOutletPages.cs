using System.Text.Json;

namespace Marsad.Cli.Tests.CrossDocument;

/// <summary>
/// Invented Arabic news (written for these tests; the events never happened): two outlets tell the same rocket
/// attack on عين الأسد with different death tolls and quote the same statement, a third article reports a meeting
/// in Baghdad under a hostile title (markup and an ampersand, to test escaping), and a fourth an unrelated flood.
/// </summary>
internal static class TwoOutletPages
{
    public const string OutletA = "صحيفة المدار";

    public const string OutletB = "شبكة الفرات الإخبارية";

    public const string HostileTitle = "الكاظمي يستقبل ظريف <script>alert('x')</script> & [وفده](javascript:alert(1))";

    static readonly (string Outlet, string Published, string Title, string Text)[] Records =
    [
        (OutletA, "2021-06-14", "قصف صاروخي يستهدف قاعدة عين الأسد غربي العراق",
            """
            قصف صاروخي يستهدف قاعدة عين الأسد غربي العراق

            تعرضت قاعدة عين الأسد في محافظة الأنبار مساء الأحد 13 حزيران 2021 لقصف بثلاثة صواريخ، ما أسفر عن مقتل جنديين وإصابة أربعة آخرين بحسب مصدر أمني.

            وقال رئيس الوزراء مصطفى الكاظمي في بيان إن «الاعتداء على القواعد العسكرية عمل إرهابي يستهدف أمن العراق وسيادته».

            وهددت كتائب حزب الله باستهداف القوات الأمريكية إذا لم تنسحب من البلاد قبل نهاية العام.
            """),
        (OutletB, "2021-06-14", "مقتل ثلاثة جنود بهجوم على عين الأسد",
            """
            مقتل ثلاثة جنود بهجوم على عين الأسد

            قتل ثلاثة جنود وأصيب أربعة آخرون في هجوم صاروخي استهدف قاعدة عين الأسد الجوية في الأنبار مساء الأحد 13 حزيران 2021، وفق ما أفاد مسؤول محلي.

            وأكد الكاظمي أن «الاعتداء على القواعد العسكرية عمل إرهابي يستهدف أمن العراق».

            ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى مساء الاثنين.
            """),
        (OutletA, "2021-06-21", HostileTitle,
            """
            الكاظمي يستقبل ظريف في بغداد

            استقبل رئيس الوزراء مصطفى الكاظمي في بغداد يوم الأحد 20 حزيران 2021 وزير الخارجية الإيراني محمد جواد ظريف، وبحث الجانبان أمن الحدود والتبادل التجاري.

            وشارك في اللقاء وزير الخارجية العراقي فؤاد حسين، وكان ظريف قد التقى قبل سفره قائد الحرس الثوري حسين سلامي في طهران.

            وقال ظريف إن «إيران تدعم استقرار العراق وتحترم قرار حكومته».
            """),
        (OutletB, "2021-07-02", "السيول تغمر قرى في محافظة دهوك",
            """
            السيول تغمر قرى في محافظة دهوك

            غمرت السيول ثماني قرى في محافظة دهوك يوم الخميس الأول من تموز 2021 بعد أمطار غزيرة استمرت يومين، وأعلن الدفاع المدني إجلاء نحو مئتي عائلة.
            """),
    ];

    /// <summary>Arabic written as is, like scraped JSONL (the input check looks for Arabic letters in the file).</summary>
    static readonly JsonSerializerOptions Literal = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The records as one JSONL file (outlet, published, title, text per line).</summary>
    public static string Jsonl() => string.Join('\n', Records.Select(r => JsonSerializer.Serialize(
        new
        {
            outlet = r.Outlet,
            published = r.Published,
            title = r.Title,
            text = r.Text,
        },
        Literal))) + "\n";
}
