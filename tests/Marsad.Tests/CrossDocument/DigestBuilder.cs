using System.Collections.Immutable;
using Marsad.CrossDocument;
using Marsad.Documents;

namespace Marsad.Tests.CrossDocument;

/// <summary>
/// Builds an <see cref="ArticleDigest"/> by hand, the way stage tests build documents: a title paragraph, a lead
/// paragraph and body paragraphs of invented Arabic copy, with entities, relations, quotes and events placed on the
/// spans of the words given, so each linker rule is tested whatever extraction would find.
/// </summary>
internal sealed class DigestBuilder
{
    readonly string _id;
    readonly string? _outlet;
    readonly DateOnly? _published;
    readonly string _text;
    readonly List<Mention> _mentions = [];
    readonly List<Entity> _entities = [];
    readonly List<Relation> _relations = [];
    readonly List<Quote> _quotes = [];
    readonly List<NewsEvent> _events = [];

    /// <summary>The article text is the title, then each paragraph, separated by blank lines (the lead is the first paragraph).</summary>
    public DigestBuilder(string id, string? outlet, DateOnly? published, string title, params string[] paragraphs)
    {
        _id = id;
        _outlet = outlet;
        _published = published;
        _text = string.Join("\n\n", paragraphs.Prepend(title));
        Title = title;
    }

    public string Title { get; }

    public string Id => _id;

    /// <summary>A knowledge-base entity, mentioned at every occurrence of each surface.</summary>
    public DigestBuilder Listed(string kbId, EntityKind kind, string name, params string[] surfaces)
    {
        _entities.Add(new Entity(kbId, kind, name, InKnowledgeBase: true));
        foreach (var s in surfaces.DefaultIfEmpty(name))
        {
            foreach (var span in All(s))
            {
                _mentions.Add(new Mention(span, kind, MentionSource.KnowledgeBase, kbId));
            }
        }

        return this;
    }

    /// <summary>An unlisted entity (article-local id <c>{id}/e{n}</c>) with its name and short forms, cued by a title where given.</summary>
    public DigestBuilder Unlisted(int n, EntityKind kind, string name, string? title = null, params string[] shortForms)
    {
        var id = LocalId(n);
        _entities.Add(new Entity(id, kind, name) { Aliases = [.. shortForms] });
        foreach (var s in shortForms.Prepend(name))
        {
            foreach (var span in All(s))
            {
                _mentions.Add(new Mention(span, kind, MentionSource.Context, id, title));
            }
        }

        if (title is not null)
        {
            var at = Find(title);
            _relations.Add(new Relation(RelationPredicate.HoldsRole, id, null, at, title, title));
        }

        return this;
    }

    /// <summary>A relation of an entity to another (member_of, leads …), read at the words <paramref name="at"/>.</summary>
    public DigestBuilder Relation(RelationPredicate predicate, string subject, string obj, string at)
    {
        _relations.Add(new Relation(predicate, subject, obj, Find(at), at));
        return this;
    }

    /// <summary>A direct quote of the words <paramref name="content"/>, by an entity id.</summary>
    public DigestBuilder Quote(string content, string? speakerId)
    {
        _quotes.Add(new Quote(Find(content), true, SpeakerId: speakerId));
        return this;
    }

    /// <summary>An event at the trigger word; its span is the trigger's sentence.</summary>
    public DigestBuilder Event(
        EventCategory category,
        string trigger,
        DateOnly? date = null,
        DatePrecision precision = DatePrecision.Day,
        string? rule = "date-in-sentence",
        string? place = null,
        string[]? actors = null,
        string[]? recipients = null,
        EventFlags flags = EventFlags.None,
        int? dead = null,
        int? injured = null,
        int occurrence = 0)
    {
        var t = All(trigger).ElementAt(occurrence);
        _events.Add(new NewsEvent($"{_id}/ev{_events.Count + 1}", category, SentenceAround(t), t)
        {
            Date = date,
            DatePrecision = date is null ? DatePrecision.Unresolved : precision,
            DateRule = date is null ? "no-date" : rule,
            PlaceId = place,
            Actors = [.. actors ?? []],
            Recipients = [.. recipients ?? []],
            Flags = flags,
            Dead = dead,
            Injured = injured,
        });
        return this;
    }

    /// <summary>The event dated by the article's date only (no date of its own in the sentence).</summary>
    public DigestBuilder EventOnArticleDate(EventCategory category, string trigger, string? place = null, string[]? actors = null, string[]? recipients = null, int? injured = null) =>
        Event(category, trigger, _published, DatePrecision.Day, "article-date", place, actors, recipients, injured: injured);

    public string LocalId(int n) => $"{_id}/e{n}";

    public ArticleDigest Build() => new(_id, _outlet, _published, Title, _text)
    {
        Mentions = [.. _mentions.OrderBy(m => m.Span.Start)],
        Entities = [.. _entities],
        Relations = [.. _relations],
        Quotes = [.. _quotes.OrderBy(q => q.Content.Start)],
        Events = [.. _events.OrderBy(e => e.Span.Start).ThenBy(e => e.Trigger.Start)],
    };

    TextSpan Find(string s)
    {
        var at = _text.IndexOf(s, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"«{s}» is not in the text of {_id}");
        }

        return new TextSpan(at, at + s.Length);
    }

    IEnumerable<TextSpan> All(string s)
    {
        var found = ImmutableArray.CreateBuilder<TextSpan>();
        for (var at = _text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(s, at + s.Length, StringComparison.Ordinal))
        {
            found.Add(new TextSpan(at, at + s.Length));
        }

        if (found.Count == 0)
        {
            throw new ArgumentException($"«{s}» is not in the text of {_id}");
        }

        return found;
    }

    // A sentence ends at a full stop or a paragraph break.
    TextSpan SentenceAround(TextSpan t)
    {
        var start = t.Start;
        while (start > 0 && _text[start - 1] is not ('.' or '\n'))
        {
            start--;
        }

        var end = t.End;
        while (end < _text.Length && _text[end] is not ('.' or '\n'))
        {
            end++;
        }

        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return new TextSpan(start, end < _text.Length && _text[end] == '.' ? end + 1 : end);
    }
}
