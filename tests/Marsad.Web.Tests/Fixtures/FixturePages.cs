namespace Marsad.Web.Tests.Fixtures;

/// <summary>
/// Arabic news pages written for these tests (invented events; real public names used as words only): three
/// outlets telling one April 2021 story with different tolls, an article in other spellings, an older unrelated
/// article, and hostile pages whose text and markup try to run script in the workspace.
/// </summary>
internal static class FixturePages
{
    /// <summary>The JSONL feed: one record per line (url, title, published, outlet, text).</summary>
    public static string Feed => string.Join('\n', Records.Select(Json));

    static readonly (string Url, string Title, string Published, string Outlet, string Text)[] Records =
    [
        (
            "https://example.org/a/1",
            "كتائب حزب الله تهدد باستهداف القوات الأمريكية في بغداد",
            "2021-04-10",
            "وكالة الرافدين",
            """
            هددت كتائب حزب الله اليوم السبت باستهداف القوات الأمريكية في بغداد إذا لم تنسحب من العراق قبل نهاية الشهر.

            وقال متحدث باسم الكتائب في بيان إن الفصائل لن تقبل بقاء أي جندي أجنبي على الأرض العراقية.

            وكان هجوم بثلاثة صواريخ قد استهدف مطار بغداد يوم الخميس الماضي، ما أدى إلى إصابة جنديين بجروح.

            ودعا رئيس الوزراء مصطفى الكاظمي إلى التهدئة، مؤكداً أن الحكومة العراقية وحدها تملك قرار الحرب والسلم.

            وقال الكاظمي في مؤتمر صحافي: «لن نسمح بأن يكون العراق ساحة لتصفية الحسابات بين الآخرين».

            اقرأ أيضاً: الكاظمي يستقبل وفداً من العشائر في بغداد

            واتهمت كتائب حزب الله الحكومة العراقية بالتقصير في ملف إخراج القوات الأجنبية.
            """),
        (
            "https://example.org/b/7",
            "فصائل موالية لإيران تتوعد واشنطن والكاظمي يدعو إلى ضبط النفس",
            "2021-04-10",
            "صحيفة دجلة",
            """
            توعدت كتائب حزب الله اليوم السبت بضرب القوات الأميركية في بغداد، في تصعيد جديد قبل جولة الحوار بين بغداد وواشنطن.

            وأفادت مصادر أمنية بأن هجوماً بخمسة صواريخ استهدف مطار بغداد يوم الخميس الماضي وأسفر عن إصابة ثلاثة جنود.

            ودعا رئيس الوزراء مصطفى الكاظمي القوى السياسية إلى ضبط النفس وعدم الانجرار إلى التصعيد.

            واتهمت كتائب حزب الله الحكومة العراقية بالتواطؤ مع واشنطن.
            """),
        (
            "https://example.org/c/3",
            "المليشيات والقواعد الأميركية: قراءة في تهديدات نيسان",
            "2021-04-12",
            "موقع الفرات",
            """
            تتصاعد تهديدات المليشيات للقواعد الأميركية في العراق منذ مطلع نيسان، وسط مخاوف من مواجهة مفتوحة.

            وهددت عصائب أهل الحق باستهداف السفارة الأمريكية في بغداد إذا استمرت الغارات على مواقعها.

            ويرى مراقبون أن حكومة الكاظمي تقف بين ضغوط واشنطن وضغوط الفصائل المسلحة.
            """),
        (
            "https://example.org/d/9",
            "افتتاح معرض للكتاب في البصرة",
            "2019-02-20",
            "وكالة الرافدين",
            """
            افتتح في مدينة البصرة اليوم الأربعاء معرض للكتاب بمشاركة دور نشر من عشر دول عربية.

            وقال منظمو المعرض إن الدورة الحالية تضم ندوات عن الرواية العراقية الحديثة.
            """),
        (
            "javascript:window.__pwned='url'",
            "<img src=x onerror=\"window.__pwned='title'\"> عنوان بوسوم خطرة",
            "2021-04-11",
            "<script>window.__pwned='outlet'</script>",
            """
            هددت كتائب حزب الله بقصف قاعدة عين الأسد، وكتب المحرر في النص <script>window.__pwned='text'</script> دون قصد.

            وجاء في الفقرة <img src=x onerror="window.__pwned='img';alert('img')"> ثم <a href="javascript:window.__pwned='link'">رابط</a> وأيضاً </script><script>window.__pwned='close'</script> في المتن.
            """),
    ];

    /// <summary>A hostile HTML page: script tags, event handlers, javascript: links, an image with onerror.</summary>
    public const string HostileHtml = """
        <!DOCTYPE html>
        <html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>انفجار قرب مطار بغداد</title>
        <script>window.__pwned = 'head-script';</script></head>
        <body onload="window.__pwned='onload'">
        <article>
        <h1 onclick="window.__pwned='h1'">انفجار قرب مطار بغداد الدولي</h1>
        <p onmouseover="window.__pwned='p'">انفجرت عبوة ناسفة صباح اليوم قرب مطار بغداد الدولي، ولم تسفر عن إصابات بحسب مصدر أمني.</p>
        <p>وقال المصدر إن القوات الأمنية طوقت المكان <img src="x" onerror="window.__pwned='onerror'"> وفتحت تحقيقاً في الحادث.</p>
        <p>وأضاف أن <a href="javascript:window.__pwned='href'">التحقيق</a> مستمر، وكتب أحدهم &lt;script&gt;window.__pwned='escaped'&lt;/script&gt; في تعليق.</p>
        <script>window.__pwned = 'body-script';</script>
        </article>
        </body></html>
        """;

    static string Json((string Url, string Title, string Published, string Outlet, string Text) r) =>
        System.Text.Json.JsonSerializer.Serialize(
            new { url = r.Url, title = r.Title, published = r.Published, outlet = r.Outlet, text = r.Text.Replace("\r", string.Empty, StringComparison.Ordinal) },
            RelaxedJson);

    // A feed writes Arabic as it is (the reader checks that an input has Arabic before it parses the JSON).
    static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
