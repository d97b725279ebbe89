using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Pipeline;

namespace Marsad.Events;

/// <summary>
/// Codes the events of an article to PLOVER (docs/events.md): per sentence, trigger words (verbs and event nouns,
/// data/events/triggers.tsv) give the category and mode; the mentions around them give actors and recipients (or a
/// source class for unnamed parties); the sentence's dates, the article date, its places and numbers give when,
/// where and how many; cue words give the flags. Also lists every counted quantity of the article
/// (<see cref="Document.Quantities"/>). What a sentence leaves to the sentences before it (the day and the
/// place) is read by <see cref="NarrativeContext"/>. Events are sorted by sentence, then trigger; ids are <c>docId/evN</c>.
/// </summary>
public sealed class EventFinder(EventLexicon lexicon, PlaceDepths places) : IStage
{
    // Mode cues are read from this many words before the trigger (بالصواريخ استهدفت) to the end of its scope.
    const int ModeLookBack = 3;

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Dates | Layer.Numbers | Layer.Mentions;

    public Layer Provides => Layer.Events;

    /// <summary>A finder over the shipped tables, with place depths from the shipped knowledge base.</summary>
    public static EventFinder CreateDefault() => new(EventLexicon.Default, PlaceDepths.From(KnowledgeBase.LoadDefault()));

    public Document Run(Document doc)
    {
        if (doc.Sentences.IsDefaultOrEmpty || doc.Tokens.IsDefaultOrEmpty)
        {
            return doc with { Events = [], Quantities = [] };
        }

        var view = new SentenceView(doc, lexicon);
        var quotes = NarrativeContext.DirectQuotes(doc);
        var events = new List<NewsEvent>();
        var quantities = new List<Quantity>();
        var used = new HashSet<int>();
        var verbTriggers = new HashSet<TextSpan>();
        var dates = new List<DateMention>();
        var placeMentions = new List<Mention>();
        var dateIndex = 0;
        var mentionIndex = 0;
        foreach (var sentence in doc.Sentences)
        {
            view.Read(sentence);
            Collect(doc.Dates, sentence.Span, ref dateIndex, d => d.Span, d => d.Start is not null, dates);
            Collect(doc.Mentions, sentence.Span, ref mentionIndex, m => m.Span,
                m => m.EntityId is not null && m.Kind is EntityKind.GeoPolitical or EntityKind.Location, placeMentions);
            var drafts = view.Hits.Count == 0 ? [] : Drafts(view);
            foreach (var draft in drafts)
            {
                // The only assault of a sentence takes its casualties; with several, each takes those in its scope.
                var only = OnlyOne(drafts, EventCategory.Assault);
                var (dead, injured) = draft.Category == EventCategory.Assault
                    ? CasualtyCounter.Count(view, only ? view.First : draft.Primary.Start, only ? view.End : draft.ScopeEnd, used)
                    : (null, null);
                var built = Build(view, draft, dates, placeMentions, quotes, dead, injured);
                events.Add(built);
                if (draft.Primary.Rule.IsVerb)
                {
                    verbTriggers.Add(built.Trigger);
                }
            }

            var before = quantities.Count;
            QuantityReader.Read(view, view.First, view.End, used, quantities);
            AttachQuantities(view, events, drafts.Count, quantities, before);
        }

        events.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        events = RepeatMerger.Merge(NarrativeContext.Apply(doc, events, quotes), verbTriggers, places);
        var numbered = ImmutableArray.CreateBuilder<NewsEvent>(events.Count);
        foreach (var e in events)
        {
            numbered.Add(e with { Id = $"{doc.Id}/ev{numbered.Count + 1}" });
        }

        return doc with { Events = numbered.MoveToImmutable(), Quantities = [.. quantities] };
    }

    static List<EventDraft> Drafts(SentenceView view)
    {
        var drafts = DraftRules.Group(view);
        foreach (var d in drafts)
        {
            var (clauseStart, clauseEnd) = view.Clauses[d.Clause];
            d.Flags = FlagReader.Read(view, d, clauseStart, clauseEnd);
            ParticipantReader.Read(view, d, clauseStart);
            ApplyResponsibility(view, d, clauseStart);
            ReadModes(view, d, clauseStart, clauseEnd);
        }

        return DraftRules.Apply(view, drafts);
    }

    /// <summary>"نفت X مسؤوليتها عن الهجوم" / "تبنت X الهجوم": X is the actor the event is (dis)claimed for.</summary>
    static void ApplyResponsibility(SentenceView view, EventDraft d, int clauseStart)
    {
        var verb = FlagReader.ResponsibilityVerb(view, clauseStart, d.Primary.Start);
        if (verb < 0)
        {
            return;
        }

        var claim = new EventDraft(d.Category, new Hit(verb, verb + 1, d.Primary.Rule with { IsVerb = true, Frame = Frame.Agent }), d.Clause)
        {
            ScopeEnd = d.Primary.Start,
        };
        ParticipantReader.Read(view, claim, clauseStart);
        if (claim.Actors.Count > 0)
        {
            d.Actors.Clear();
            d.Actors.AddRange(claim.Actors);
            d.Recipients.RemoveAll(d.Actors.Contains);
        }
    }

    /// <summary>Modes of the triggers, or, when they carry none, of the mode cues of the clause.</summary>
    static void ReadModes(SentenceView view, EventDraft d, int clauseStart, int clauseEnd)
    {
        foreach (var hit in d.Hits)
        {
            foreach (var mode in hit.Rule.Modes)
            {
                if (!d.Modes.Contains(mode))
                {
                    d.Modes.Add(mode);
                }
            }
        }

        if (!d.Primary.Rule.Modes.IsEmpty)
        {
            return;
        }

        // Weapon and content words near the trigger: just before it (صاروخية after هجمات is after; قصف صاروخي) up
        // to where the next event's words start.
        var tokens = view.Tokens;
        // A threat's or a demand's mode is its content, which is the event nested after it.
        var end = d.Category is EventCategory.Threaten or EventCategory.Request or EventCategory.Reject ? clauseEnd : Math.Min(clauseEnd, d.ScopeEnd);
        var start = Math.Max(clauseStart, d.Primary.Start - ModeLookBack);
        foreach (var hit in view.Hits)
        {
            // Not back over another trigger: صاروخية before منذ مقتل belongs to the attacks, not the killing.
            if (hit.Start < d.Primary.Start && hit.End > start && !d.Hits.Contains(hit))
            {
                start = d.Primary.Start;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (view.Lexicon.ModeCues.Match(tokens, k, end) is not { } cue)
            {
                continue;
            }

            foreach (var (category, mode) in cue.Value)
            {
                if (category == d.Category && !d.Modes.Contains(mode))
                {
                    d.Modes.Add(mode);
                }
            }
        }
    }

    NewsEvent Build(SentenceView view, EventDraft d, List<DateMention> dates, List<Mention> placeMentions, List<TextSpan> quotes, int? dead, int? injured)
    {
        var (date, end, precision, rule, after) = EventDating.Date(view, d, dates);
        // A background event named after «بعد + duration + من» has no date of its own but is counted back from the day
        // its clause gives (the article's day when none): «ويأتي الإعلان بعد نحو ثمانية أشهر من تصويت …». A date written
        // after the trigger is the happening's own and is not moved.
        var basis = date is { } day && end is null && precision == DatePrecision.Day && !after ? day
            : date is null && rule == EventDating.BeforeArticle ? end
            : null;
        if (basis is { } from && DayOffset.MoveBack(view, d, from) is { } moved)
        {
            (date, end, precision, rule) = moved;
        }

        var flags = d.Flags | EventDating.FlagsOf(view.Doc.Anchor, date, end, rule);
        if (d.CueBackground && EventDating.IsDayNews(view.Doc.Anchor, date, end, rule))
        {
            // إثر انفجار عبوة … صباح اليوم: the cue says "before the other event", the date says "today's news".
            flags &= ~EventFlags.Background;
        }

        var place = PlacePicker.Pick(view, d, placeMentions, places, quotes);
        var tokens = view.Tokens;
        var trigger = d.TriggerSpan ?? new TextSpan(tokens[d.Primary.Start].Span.Start, tokens[d.Primary.End - 1].Span.End);
        var contexts = new List<string>();
        foreach (var hit in d.Hits)
        {
            contexts.AddRange(hit.Rule.Contexts.Where(c => !contexts.Contains(c)));
        }

        return new NewsEvent(string.Empty, d.Category, view.Span, trigger)
        {
            Modes = [.. d.Modes],
            Contexts = [.. contexts],
            Actors = [.. d.Actors],
            Recipients = [.. d.Recipients],
            Date = date,
            DateEnd = end,
            DatePrecision = precision,
            DateRule = rule,
            PlaceId = place?.EntityId,
            PlaceSpan = place?.Span,
            Dead = dead,
            Injured = injured,
            Flags = flags,
        };
    }

    /// <summary>A sentence's quantities go to the events of their clause, or to its first event when none is in it.</summary>
    static void AttachQuantities(SentenceView view, List<NewsEvent> events, int sentenceEvents, List<Quantity> quantities, int from)
    {
        if (sentenceEvents == 0 || quantities.Count == from)
        {
            return;
        }

        var first = events.Count - sentenceEvents;
        for (var q = from; q < quantities.Count; q++)
        {
            var clause = view.ClauseOf(view.TokenAt(quantities[q].Span.Start));
            var attached = false;
            for (var e = first; e < events.Count; e++)
            {
                if (view.ClauseOf(view.TokenAt(events[e].Trigger.Start)) == clause)
                {
                    events[e] = events[e] with { Quantities = events[e].Quantities.Add(quantities[q]) };
                    attached = true;
                }
            }

            if (!attached)
            {
                events[first] = events[first] with { Quantities = events[first].Quantities.Add(quantities[q]) };
            }
        }
    }

    static bool OnlyOne(List<EventDraft> drafts, EventCategory category)
    {
        var count = 0;
        foreach (var d in drafts)
        {
            count += d.Category == category ? 1 : 0;
        }

        return count == 1;
    }

    /// <summary>The items of a sorted layer inside <paramref name="sentence"/>, advancing a cursor across sentences.</summary>
    static void Collect<T>(ImmutableArray<T> layer, TextSpan sentence, ref int cursor, Func<T, TextSpan> span, Func<T, bool> keep, List<T> into)
    {
        into.Clear();
        while (cursor < layer.Length && span(layer[cursor]).Start < sentence.Start)
        {
            cursor++;
        }

        for (var k = cursor; k < layer.Length && span(layer[k]).Start < sentence.End; k++)
        {
            if (keep(layer[k]))
            {
                into.Add(layer[k]);
            }
        }
    }
}
