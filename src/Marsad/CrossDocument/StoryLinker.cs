using System.Collections.Immutable;
using System.Globalization;

namespace Marsad.CrossDocument;

/// <summary>
/// Groups articles into stories. A copy of an earlier article joins that article's stories. Otherwise the article
/// is compared with the stories that share one of its events, one of its salient entities within the week, or an
/// LSH band of its terms within the week, and joins the best one whose evidence reaches <see cref="JoinThreshold"/>
/// (and also a second one reaching <see cref="SecondThreshold"/>: an article can tell two stories). Evidence: the
/// same lead event (strongest: outlets' own write-ups of one event share few words but the same event), other
/// shared events, salient entities, similar wording and title. A lead event of the same kind as the story's but a
/// different event (the attack a week later on the same base; the IED in the next province the day before) counts
/// strongly against, and a gap of more than <see cref="GapDays"/> days from the story's span keeps them apart.
/// </summary>
public sealed class StoryLinker
{
    public const double JoinThreshold = 0.5;

    /// <summary>Stricter bar for a second story: a passing mention must not make an article a member.</summary>
    public const double SecondThreshold = 0.75;

    /// <summary>
    /// Outlets report an event within a day or two, follow-ups continue it day after day; an article more than three
    /// days after the story's last one is a new development (the gold set's stories span at most three days).
    /// </summary>
    public const int GapDays = 3;

    public const double SameLead = 0.6;

    public const double OtherLead = -0.5;

    public const double SharedEvent = 0.2;

    public const double MaxSharedEvents = 0.4;

    public const double SharedSalient = 0.1;

    public const double MaxSharedSalient = 0.3;

    public const double TermsWeight = 0.6;

    public const double TitleWeight = 0.2;

    /// <summary>
    /// Bands of the term signature used as keys, of 3 rows: close rewrites (J = 0.5) meet with probability 0.66, loose
    /// ones (J = 0.3) 0.2, unrelated articles of the same fortnight (J ≈ 0.1) 0.008. Outlets' own write-ups of an event
    /// share too few words for any band to find them; they meet through the event and the actors.
    /// </summary>
    public const int Bands = 8;

    public const int Rows = 3;

    /// <summary>Salient entities used as keys: the first few, most mentioned.</summary>
    public const int SalientKeys = 3;

    public ImmutableArray<StoryLink> Link(
        ArticleDigest article,
        StoryFeatures f,
        long articleSeq,
        ArticleSketch sketch,
        ArticleSketch? original,
        double copySimilarity,
        LinkState state)
    {
        var scored = new List<(StoryProfile Story, double Score, string Reasons)>();
        if (original is not null && original.Stories.Length > 0)
        {
            foreach (var id in original.Stories)
            {
                if (state.Story(id) is { } s)
                {
                    scored.Add((s, 1 + copySimilarity, string.Create(CultureInfo.InvariantCulture, $"copy of {original.ArticleId} ({copySimilarity:F2})")));
                }
            }
        }
        else
        {
            var keys = LookupKeys(f).ToList();
            state.Prefetch(keys, state.PrefetchStories);
            foreach (var id in keys.SelectMany(state.Candidates).Distinct(StringComparer.Ordinal))
            {
                if (state.Story(id) is not { } s)
                {
                    continue;
                }

                var (score, reasons) = Score(f, s);
                if (score >= JoinThreshold)
                {
                    scored.Add((s, score, reasons));
                }
            }
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Story.Seq.CompareTo(b.Story.Seq));
        var links = ImmutableArray.CreateBuilder<StoryLink>();
        var member = new StoryMember(article.Id, f.Date, f.Title, f.Signature, f.TitleTerms);
        if (scored.Count == 0)
        {
            var story = Join(new StoryProfile("story:" + article.Id, articleSeq), member, f);
            Save(state, story, f);
            links.Add(new StoryLink(story.Id, 1, true, "new"));
        }
        else
        {
            for (var i = 0; i < scored.Count && i < 2; i++)
            {
                var (s, score, reasons) = scored[i];
                if (i == 1 && score < SecondThreshold && original is null)
                {
                    break;
                }

                Save(state, Join(s, member, f), f);
                links.Add(new StoryLink(s.Id, Math.Round(Math.Min(score, 1), 3), i == 0, reasons));
            }
        }

        state.Put(sketch with { Stories = [.. links.Select(l => l.StoryId)] });
        return links.ToImmutable();
    }

    /// <summary>The evidence that an article belongs to a story; <see cref="double.MinValue"/> when time keeps them apart.</summary>
    public (double Score, string Reasons) Score(StoryFeatures f, StoryProfile s)
    {
        var reasons = new List<string>();
        var sameLead = f.Leads.Any(l => s.Leads.Any(x => x.ClusterId == l.ClusterId));
        if (!WithinSpan(f.Date, s) && !(sameLead && (f.Date is null || s.Last is null)))
        {
            return (double.MinValue, "apart in time");
        }

        var score = 0.0;
        if (sameLead)
        {
            score += SameLead;
            reasons.Add("same lead event");
        }
        else if (f.Leads.Any(l => s.Leads.Any(x => x.Category == l.Category)))
        {
            score += OtherLead;
            reasons.Add("another event of the same kind");
        }

        var sharedEvents = f.Clusters.Count(s.Clusters.Contains);
        if (sharedEvents > 0)
        {
            score += Math.Min(MaxSharedEvents, sharedEvents * SharedEvent);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{sharedEvents} shared event(s)"));
        }

        var salient = f.Salient.Count(id => s.Entities.Any(e => e.Id == id));
        if (salient > 0)
        {
            score += Math.Min(MaxSharedSalient, salient * SharedSalient);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{salient} shared actor(s)"));
        }

        var terms = s.Recent.Select(m => MinHash.Similarity(f.Signature.AsSpan(), m.Signature.AsSpan())).DefaultIfEmpty(0).Max();
        var title = s.Recent.Select(m => Overlap(f.TitleTerms, m.TitleTerms)).DefaultIfEmpty(0).Max();
        score += (TermsWeight * terms) + (TitleWeight * title);
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"wording {terms:F2}, title {title:F2}"));
        return (score, string.Join("; ", reasons));
    }

    /// <summary>Keys to look stories up with: the article's events, its salient entities and term bands, in the buckets around its date.</summary>
    IEnumerable<long> LookupKeys(StoryFeatures f)
    {
        foreach (var c in f.Clusters)
        {
            yield return LinkKey.Of(KeyKind.StoryBlock, "event", c);
        }

        foreach (var bucket in TimeBucket.Around(f.Date, GapDays))
        {
            foreach (var key in TimedKeys(f, bucket))
            {
                yield return key;
            }
        }
    }

    static IEnumerable<long> TimedKeys(StoryFeatures f, long bucket)
    {
        var bucketText = bucket.ToString(CultureInfo.InvariantCulture);
        foreach (var e in f.Salient.Take(SalientKeys))
        {
            yield return LinkKey.Of(KeyKind.StoryBlock, "entity", e, bucketText);
        }

        if (!MinHash.IsEmpty(f.Signature.AsSpan()))
        {
            for (var b = 0; b < Bands; b++)
            {
                yield return LinkKey.Band(KeyKind.StoryBand, b, MinHash.Band(f.Signature.AsSpan(), b, Rows), bucket);
            }
        }
    }

    static void Save(LinkState state, StoryProfile story, StoryFeatures f)
    {
        state.Put(story);
        foreach (var c in f.Clusters)
        {
            state.AddKey(LinkKey.Of(KeyKind.StoryBlock, "event", c), story.Id, story.Seq);
        }

        foreach (var key in TimedKeys(f, TimeBucket.Of(f.Date, GapDays)))
        {
            state.AddKey(key, story.Id, story.Seq);
        }
    }

    static bool WithinSpan(DateOnly? date, StoryProfile s)
    {
        if (date is null || s.First is null)
        {
            // Undated articles go with undated stories only (nothing places them in time).
            return date is null && s.First is null;
        }

        return date.Value.DayNumber >= s.First.Value.DayNumber - GapDays && date.Value.DayNumber <= s.Last!.Value.DayNumber + GapDays;
    }

    static StoryProfile Join(StoryProfile s, StoryMember member, StoryFeatures f)
    {
        var recent = s.Recent.Add(member);
        if (recent.Length > StoryProfile.MaxRecent)
        {
            recent = recent.RemoveAt(0);
        }

        var entities = s.Entities.ToList();
        foreach (var id in f.Salient)
        {
            var at = entities.FindIndex(e => e.Id == id);
            if (at >= 0)
            {
                entities[at] = entities[at] with { Weight = entities[at].Weight + 1 };
            }
            else if (entities.Count < StoryProfile.MaxSet)
            {
                entities.Add(new WeightedId(id, 1));
            }
        }

        var (title, titleArticle) = ChooseTitle(recent, s);
        return s with
        {
            Articles = s.Articles + 1,
            First = Earlier(s.First, f.Date),
            Last = Later(s.Last, f.Date),
            Recent = recent,
            Leads = [.. s.Leads.Concat(f.Leads).DistinctBy(l => l.ClusterId).Take(StoryProfile.MaxSet)],
            Clusters = [.. s.Clusters.Concat(f.Clusters).Distinct(StringComparer.Ordinal).Take(StoryProfile.MaxSet)],
            Entities = [.. entities],
            Title = title,
            TitleArticle = titleArticle,
        };
    }

    /// <summary>The member title sharing most words with the other members' titles (ties: the earliest member): extractive and central.</summary>
    static (string? Title, string? Article) ChooseTitle(ImmutableArray<StoryMember> recent, StoryProfile s)
    {
        var best = (Title: s.Title, Article: s.TitleArticle, Score: -1.0);
        foreach (var m in recent)
        {
            if (m.Title is null)
            {
                continue;
            }

            var score = recent.Where(o => o != m).Sum(o => Overlap(m.TitleTerms, o.TitleTerms));
            if (score > best.Score)
            {
                best = (m.Title, m.ArticleId, score);
            }
        }

        return (best.Title, best.Article);
    }

    static double Overlap(ImmutableArray<ulong> a, ImmutableArray<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Length, b.Length);
    }

    static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
