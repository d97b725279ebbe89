using System.Globalization;
using System.Text;
using CsvHelper;
using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Export;

/// <summary>
/// Writes events as CSV, one event a row, in ACLED-like columns an analyst can open in a spreadsheet: date and
/// precision, category and mode, actors and recipients by name, place and coordinates, dead and injured, flags, the
/// source article (id, outlet, title, url) and the sentence quoted. UTF-8 with a BOM so spreadsheet programs read
/// the Arabic right.
/// </summary>
public sealed class CsvExporter(IArticleStore store, ActorCodes codes)
{
    public static readonly string[] Columns =
    [
        "event_id", "date", "date_precision", "category", "mode", "context", "actors", "recipients", "place", "lat", "lon",
        "dead", "injured", "quantities", "flags", "article", "outlet", "published", "title", "url", "trigger", "sentence",
    ];

    public async Task<int> WriteAsync(Stream output, ArticleQuery query, CancellationToken ct = default)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var a in store.ReadArticlesAsync(query, ct))
        {
            foreach (var e in a.Events)
            {
                var place = e.PlaceId is null ? null : a.Entities.FirstOrDefault(x => x.Id == e.PlaceId);
                foreach (var field in Row(a, e, place))
                {
                    csv.WriteField(field);
                }

                await csv.NextRecordAsync();
                count++;
            }
        }

        return count;
    }

    IEnumerable<string?> Row(StoredArticle a, NewsEvent e, Entity? place) =>
    [
        e.Id,
        FactNames.DateValue(e.Date, e.DateEnd, e.DatePrecision),
        e.DatePrecision.ToString().ToLowerInvariant(),
        e.Category.ToString().ToUpperInvariant(),
        string.Join(';', e.Modes),
        string.Join(';', e.Contexts),
        string.Join("; ", e.Actors.Select(id => codes.Describe(id, a.Entities))),
        string.Join("; ", e.Recipients.Select(id => codes.Describe(id, a.Entities))),
        place is null ? null : place.NameEn is null ? place.Name : $"{place.Name} ({place.NameEn})",
        place?.Latitude?.ToString(CultureInfo.InvariantCulture),
        place?.Longitude?.ToString(CultureInfo.InvariantCulture),
        e.Dead?.ToString(CultureInfo.InvariantCulture),
        e.Injured?.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", e.Quantities.Select(q => $"{q.Value.ToString(CultureInfo.InvariantCulture)}{(q.Max is { } m ? "-" + m.ToString(CultureInfo.InvariantCulture) : string.Empty)} {q.Unit}")),
        string.Join(';', FactNames.Of(e.Flags)),
        a.Id,
        a.Outlet,
        a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Title,
        a.Url,
        a.Text[e.Trigger.Start..e.Trigger.End],
        a.Text[e.Span.Start..e.Span.End].ReplaceLineEndings(" "),
    ];
}
