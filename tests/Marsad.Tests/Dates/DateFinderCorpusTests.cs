using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Testing;

namespace Marsad.Tests.Dates;

/// <summary>
/// Runs the finder over the ANT Middle East corpus in ../shared (read at run time, never copied), anchoring each
/// article on the date in its DOCNO. Skipped when ../shared is absent.
/// </summary>
public partial class DateFinderCorpusTests
{
    // Share of "اليوم + weekday" mentions whose weekday must agree with the DOCNO date. The DOCNO is the crawl
    // day, which is sometimes a day after publication, so agreement is high but not total.
    const double MinTodayWeekdayAgreement = 0.9;

    [SharedFact]
    public void Corpus_articles_keep_offsets_and_today_agrees_with_the_anchor_weekday()
    {
        var finder = DateFinder.CreateDefault();
        var folder = Path.Combine(SharedData.Corpora!, "news", "antcorpus-middleeast");
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        int dated = 0, today = 0, agreeing = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            if (Body().Match(raw) is not { Success: true } body || DocNo().Match(raw) is not { Success: true } docNo)
            {
                continue;
            }

            var anchor = DateOnly.ParseExact(docNo.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture);
            var doc = finder.Run(new Document(Path.GetFileName(file), new ArticleSource(file, 0, Published: anchor), body.Groups[1].Value));
            DocumentInvariants.Check(doc);
            dated += doc.Dates.Length;
            foreach (var date in doc.Dates)
            {
                if (date.Rule.StartsWith(DateRules.Today, StringComparison.Ordinal) && doc[date.Span].Contains(' ', StringComparison.Ordinal))
                {
                    today++;
                    agreeing += date.Rule == DateRules.Today ? 1 : 0;
                }
            }
        }

        Assert.True(dated > files.Length, $"only {dated} dates in {files.Length} articles");
        Assert.True(today > 0);
        Assert.True((double)agreeing / today >= MinTodayWeekdayAgreement, $"{agreeing} of {today} 'today + weekday' agree with the anchor");
    }

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"<DOCNO>[^<]*-(\d{8})</DOCNO>")]
    private static partial Regex DocNo();
}
