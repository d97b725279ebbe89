using Marsad.Documents;
using Marsad.Export;
using Marsad.Persistence;

namespace Marsad.Cli.Output;

/// <summary>
/// Writes the facts of an article for <c>marsad report</c>: actors with their roles, quotes by speaker, and events as
/// a timeline — Arabic with the English name beside it where the knowledge base has one.
/// </summary>
internal static class FactReportWriter
{
    const int MaxQuoteChars = 90;

    public static void Write(TextWriter w, StoredArticle a)
    {
        var names = a.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        string Name(string? id) => id is null ? "?" : ActorCodes.Default.Describe(id, a.Entities);

        w.WriteLine($"   actors     {a.Entities.Length}");
        foreach (var group in a.Mentions.Where(m => m.EntityId is not null).GroupBy(m => m.EntityId!).OrderBy(g => g.First().Span.Start))
        {
            var entity = names.GetValueOrDefault(group.Key);
            var kind = entity?.Kind ?? group.First().Kind;
            var roles = a.Relations.Where(r => r.SubjectId == group.Key)
                .Select(r => r.Predicate == RelationPredicate.HoldsRole
                    ? $"{r.Role}{(r.ObjectId is { } o ? " — " + Name(o) : string.Empty)}"
                    : $"{FactNames.Of(r.Predicate)} {Name(r.ObjectId)}")
                .Distinct().ToList();
            var sources = string.Join('/', group.Select(m => FactNames.Of(m.Source)).Distinct());
            w.WriteLine($"     - {Name(group.Key)} [{FactNames.Of(kind)}, {group.Count()}×, {sources}]{(roles.Count > 0 ? ": " + string.Join("; ", roles) : string.Empty)}");
        }

        w.WriteLine($"   quotes     {a.Quotes.Length}");
        foreach (var q in a.Quotes)
        {
            var who = q.SpeakerId is not null ? Name(q.SpeakerId) : q.SpeakerClass is { } c ? $"({c})" : "(unattributed)";
            var how = string.Join(", ", new[] { q.CueVerb, FactNames.Of(q.Medium), q.ViaOutlet is { } v ? "via " + v : null }.Where(x => x is not null));
            w.WriteLine($"     - {who}{(how.Length > 0 ? $" [{how}]" : string.Empty)}: {(q.Direct ? "«" : string.Empty)}{Shorten(a.Text[q.Content.Start..q.Content.End])}{(q.Direct ? "»" : string.Empty)}");
        }

        w.WriteLine($"   events     {a.Events.Length}");
        foreach (var e in a.Events.OrderBy(e => e.Date ?? DateOnly.MaxValue))
        {
            var when = FactNames.DateValue(e.Date, e.DateEnd, e.DatePrecision) ?? "undated";
            var where = e.PlaceId is null ? string.Empty : " @ " + Name(e.PlaceId);
            var flags = e.Flags == EventFlags.None ? string.Empty : $" ({e.Flags.ToString().ToLowerInvariant()})";
            var counts = string.Join(", ", new[] { e.Dead is { } d ? $"{d} dead" : null, e.Injured is { } i ? $"{i} injured" : null }.Where(x => x is not null));
            w.WriteLine($"     - {when,-10} {e.Category.ToString().ToUpperInvariant(),-9} {string.Join(", ", e.Actors.Select(Name))} → {string.Join(", ", e.Recipients.Select(Name))}{where}{(counts.Length > 0 ? $" [{counts}]" : string.Empty)}{flags} «{a.Text[e.Trigger.Start..e.Trigger.End]}»");
        }
    }

    static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= MaxQuoteChars ? oneLine : oneLine[..MaxQuoteChars] + "…";
    }
}
