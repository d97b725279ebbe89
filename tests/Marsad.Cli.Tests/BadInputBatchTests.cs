using System.Text;
using Marsad.Testing;

namespace Marsad.Cli.Tests;

/// <summary>
/// Every kind of bad input in one batch, run through the real command: each gets one line naming it and the reason,
/// the good inputs are stored, the exit code says something failed, and what the store held before is intact.
/// </summary>
public class BadInputBatchTests
{
    [Fact]
    public async Task Each_bad_input_is_named_with_its_reason_and_nothing_stored_is_lost()
    {
        using var dir = new TempFolder();
        var db = dir.File("m.db");
        var earlier = dir.Write("earlier/kept.txt", ArabicFixtures.OtherPage);
        Assert.Equal(0, (await CliRun.Of("analyze", earlier, "--db", db)).ExitCode);

        var bad = new Dictionary<string, string>
        {
            [dir.WriteBytes("batch/empty.txt", [])] = "file is empty",
            [dir.WriteBytes("batch/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 0])] = "binary",
            [dir.WriteBytes("batch/broken-utf8.txt", BrokenUtf8())] = "invalid UTF-8",
            [dir.Write("batch/english.txt", "Only English words here, nothing in Arabic at all.")] = "no Arabic",
            [dir.File("batch/missing.txt")] = "no such file",
        };
        var big = dir.Write("batch/zz-huge.txt", ArabicFixtures.ShortPage + new string('ب', 3000));
        var jsonl = dir.Write("batch/feed.jsonl", string.Join('\n',
            """{"url":"https://example.org/1","title":"خبر","text":"عنوان أول\n\nقال مسؤول محلي إن الطريق أعيد فتحه بعد إصلاح الجسر المتضرر."}""",
            """{"url":"https://example.org/2","title":"خبر", "text": "مقطوع""",
            """{"url":"https://example.org/3","title":"خبر ثالث","text":"عنوان ثالث\n\nأعلنت البلدية بدء حملة لتنظيف مجرى النهر في المدينة."}"""));
        var truncated = dir.Write("batch/truncated.html", "<html><body><article><h1>عنوان مقطوع</h1><p>وصل الوفد إلى المدينة صباح اليوم لبحث مشروع الطريق الجديد");
        var good = dir.Write("batch/good.txt", ArabicFixtures.ShortPage);
        var before = await CliRun.Of("export", "--db", db);

        var run = await CliRun.Of(["analyze", .. bad.Keys, big, jsonl, truncated, good, "--db", db, "--max-size", "2KB"]);

        Assert.Equal(1, run.ExitCode);
        foreach (var (path, reason) in bad)
        {
            Assert.Contains(run.Error.Split('\n'), l => l.StartsWith($"error: {path}:", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
        }

        Assert.Contains($"error: {big}: file is", run.Error);
        Assert.Contains($"error: {jsonl}:2: malformed JSON", run.Error);
        Assert.Contains($"warning: {truncated}:", run.Error);
        var after = await CliRun.Of("export", "--db", db);
        Assert.Contains("قال مسؤول محلي", after.Out);          // JSONL line 1 kept
        Assert.Contains("حملة لتنظيف مجرى النهر", after.Out);  // JSONL line 3 kept
        Assert.Contains("وصل الوفد إلى المدينة", after.Out);    // truncated HTML used
        Assert.Contains(Path.GetFileName(good), after.Out);
        Assert.Contains(Path.GetFileName(earlier), after.Out);
        Assert.Contains(before.Out.Split("\"text\":\"")[1][..40], after.Out);
    }

    static byte[] BrokenUtf8()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("هذا نص عربي سليم في أغلبه، لكن في وسطه بايتات مكسورة: "));
        bytes.AddRange([0xD8, 0x20, 0xFF, 0xFE]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" ثم يعود النص العربي السليم حتى نهاية السطر."));
        return [.. bytes];
    }
}
