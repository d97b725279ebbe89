using System.Text;
using System.Text.Json;
using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Storage.Graph;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Storage.Tests.Graph;

/// <summary>
/// A temporary store filled with invented Arabic articles (several outlets' rewrites of a few events), analysed by
/// the default engine; facts can be replaced by hand where a test needs exact figures.
/// </summary>
internal sealed class GraphFixture : IAsyncDisposable
{
    /// <summary>The shipped linker: pure, so one instance serves every test.</summary>
    public static CrossDocumentLinker Linker { get; } = CrossDocumentLinker.CreateDefault();

    // Arabic written as it is (the input sniffer looks for Arabic letters in the bytes).
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public TempFolder Folder { get; } = new();

    public Engine Engine { get; } = Engine.CreateDefault();

    public string DbPath => Folder.File("graph.db");

    public SqliteGraphStore OpenGraph() => SqliteGraphStore.Open(DbPath);

    public static CrossDocumentUpdater Updater(IGraphStore graph, int chunk = CrossDocumentUpdater.DefaultChunk) =>
        new(graph, Linker) { Chunk = chunk };

    /// <summary>Analyses and stores one article; <paramref name="facts"/> may replace its fact layers.</summary>
    public async Task<Document> SaveAsync(Article article, Func<Document, Document>? facts = null)
    {
        var json = JsonSerializer.Serialize(new { url = $"https://example.org/{article.Name}", title = article.Title, outlet = article.Outlet, published = article.Published, text = article.Text }, Json);
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        var path = Folder.File(article.Name + ".jsonl");
        var analysis = Engine.Analyze(article.Name + ".jsonl", path, bytes);
        var input = analysis.Input ?? throw new InvalidOperationException($"fixture did not analyse: {string.Join("; ", analysis.Errors)}");
        var analyzed = input.Pages[0].Articles[0];
        var doc = facts is null ? analyzed.Document : facts(analyzed.Document);
        input = input with { Pages = [input.Pages[0] with { Articles = [analyzed with { Document = doc }] }] };
        await using var store = SqliteArticleStore.Open(DbPath);
        await store.SaveAsync(input);
        return doc;
    }

    public async Task SaveAllAsync(IEnumerable<Article> articles)
    {
        foreach (var a in articles)
        {
            await SaveAsync(a);
        }
    }

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>An invented article as an outlet published it.</summary>
internal sealed record Article(string Name, string Outlet, string Published, string Title, string Text)
{
    /// <summary>Six articles over three days: one attack told by three outlets and a wire copy, a statement quoted twice, and a protest.</summary>
    public static IReadOnlyList<Article> Week { get; } =
    [
        new("ain-a", "الرافد نيوز", "2021-10-18", "صواريخ تسقط على قاعدة عين الأسد",
            "سقطت ستة صواريخ على قاعدة عين الأسد الجوية في الأنبار مساء الأحد، وأصيب جنديان بجروح طفيفة.\n\nوقال مصدر أمني إن الصواريخ أطلقت من منطقة صحراوية غرب القاعدة، ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
        new("ain-b", "المشرق الجديد", "2021-10-18", "هجوم صاروخي على عين الأسد",
            "تعرضت قاعدة عين الأسد غربي الأنبار مساء الأحد لهجوم بخمسة صواريخ سقطت قرب مدرج الطائرات دون إصابات.\n\nوقال رئيس الوزراء مصطفى الكاظمي في بيان: «لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات بين الدول المتخاصمة»."),
        new("ain-wire", "وكالة الأنباء المحلية", "2021-10-18", "عين الأسد تحت النار",
            "سقطت ستة صواريخ على قاعدة عين الأسد الجوية في الأنبار مساء الأحد، وأصيب جنديان بجروح طفيفة.\n\nوقال مصدر أمني إن الصواريخ أطلقت من منطقة صحراوية غرب القاعدة، ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
        new("ain-c", "صوت الفرات", "2021-10-19", "الكاظمي يتوعد بعد قصف عين الأسد",
            "قال رئيس الوزراء مصطفى الكاظمي: «لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات»، بعد سقوط سبعة صواريخ على قاعدة عين الأسد مساء الأحد.\n\nوأصيب ثلاثة جنود في الهجوم بحسب مصادر طبية."),
        new("basra-a", "البصرة اليوم", "2021-10-19", "متظاهرون يغلقون ميناء أم قصر",
            "أغلق مئات المتظاهرين مدخل ميناء أم قصر في البصرة يوم الاثنين احتجاجا على انقطاع الكهرباء.\n\nوطالب المحتجون الحكومة المحلية بحلول عاجلة."),
        new("basra-b", "شط العرب", "2021-10-19", "احتجاجات الكهرباء تصل إلى أم قصر",
            "تظاهر مئات من أهالي البصرة أمام ميناء أم قصر يوم الاثنين احتجاجا على انقطاع التيار الكهربائي.\n\nوقطع المتظاهرون الطريق المؤدي إلى الميناء لساعات."),
    ];
}
