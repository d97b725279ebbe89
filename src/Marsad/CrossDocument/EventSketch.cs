using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// One reported event as coreference compares it: category, date window, place, participants as global ids, the
/// people and organisations its sentence names, <see cref="Who"/> (the people and organisations among both, which
/// block candidates), the trigger's words, the sentence's content terms and ordinals, and whether it is in the
/// article's lead.
/// </summary>
public sealed record EventSketch(
    NewsEvent Event,
    DateWindow Window,
    string? Place,
    ImmutableArray<string> Participants,
    ImmutableArray<string> Named,
    ImmutableArray<string> Who,
    string Trigger,
    IReadOnlySet<ulong> Terms,
    IReadOnlySet<int> Ordinals,
    bool Lead)
{
    /// <summary>Source classes (unidentified-gunmen) are kept as participants with this prefix.</summary>
    public const string ClassPrefix = "class:";

    public bool Negated => Event.Flags.HasFlag(EventFlags.Negated);

    public bool Background => Event.Flags.HasFlag(EventFlags.Background);

    /// <summary>Sketches of an article's events; <paramref name="global"/> maps its entity ids to global ids.</summary>
    public static ImmutableArray<EventSketch> Of(ArticleDigest article, IReadOnlyDictionary<string, string> global, WordLists words)
    {
        var leadEnd = article.LeadEnd;
        var kinds = article.Entities.ToDictionary(e => e.Id, e => (EntityKind?)e.Kind, StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<EventSketch>(article.Events.Length);
        foreach (var e in article.Events)
        {
            var participants = e.Actors.Concat(e.Recipients).Select(p => Participant(p, global)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var named = article.Mentions
                .Where(m => m.EntityId is not null && m.Span.Start >= e.Span.Start && m.Span.End <= e.Span.End
                    && m.Kind is EntityKind.Person or EntityKind.Organization)
                .Select(m => global.GetValueOrDefault(m.EntityId!, m.EntityId!))
                .Where(id => !participants.Contains(id))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            var who = article.Mentions
                .Where(m => m.EntityId is not null && m.Kind is EntityKind.Person or EntityKind.Organization)
                .Select(m => m.EntityId!)
                .Concat(e.Actors.Concat(e.Recipients).Where(id => kinds.GetValueOrDefault(id) is EntityKind.Person or EntityKind.Organization))
                .Select(id => global.GetValueOrDefault(id, id))
                .Where(id => participants.Contains(id) || named.Contains(id))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            var sentence = article.Text.AsSpan(e.Span.Start, e.Span.Length);
            builder.Add(new EventSketch(
                e,
                DateWindow.Of(e, article.Published),
                // A place carried over from the event before it (docs/events.md, "Narrative context") is context, not
                // evidence that two reports name the same place: only a place named in the event's own sentence counts.
                e.PlaceSpan is { } placeSpan && (placeSpan.Start < e.Span.Start || placeSpan.End > e.Span.End) ? null : e.PlaceId,
                participants,
                named,
                who,
                TriggerKey(article[e.Trigger], words),
                TextTerms.Terms(sentence, words),
                TextTerms.Ordinals(sentence, words),
                e.Trigger.Start < leadEnd));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The trigger's content words, stemmed and joined: حوار استراتيجي for «الحوار الاستراتيجي».</summary>
    public static string TriggerKey(string trigger, WordLists words)
    {
        Span<char> buffer = stackalloc char[FoldedWordReader.MaxWordLength];
        var reader = new FoldedWordReader(trigger, buffer);
        var parts = new List<string>();
        while (reader.Next(out var w))
        {
            if (TextTerms.Term(w, words) is not null)
            {
                parts.Add(new string(TextTerms.Stem(w)));
            }
        }

        return string.Join(' ', parts);
    }

    static string Participant(string id, IReadOnlyDictionary<string, string> global) =>
        global.TryGetValue(id, out var g) ? g
        : id.StartsWith("kb:", StringComparison.Ordinal) ? id
        : ClassPrefix + id;
}
