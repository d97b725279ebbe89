using System.Collections.Immutable;

namespace Marsad.CrossDocument;

/// <summary>
/// Recognises one statement quoted by several articles, whole, trimmed or lightly reworded. Candidates share an
/// LSH band of the quote's content terms, or the named speaker, within ±<see cref="WindowDays"/> days; a candidate is the same
/// statement when the overlap coefficient of the terms (shared terms over the shorter quote's terms) reaches
/// <see cref="MinOverlap"/> and the speakers do not contradict each other.
/// </summary>
public sealed class QuoteLinker(WordLists words)
{
    /// <summary>
    /// A trimmed quote keeps every word it has (overlap 1); a lightly reworded one (a conjunction or a synonym
    /// changed, a clause dropped) keeps most. Two different statements of one speaker on one subject share their
    /// names and topic words but rarely more than half of their content words, so 0.6 separates the two.
    /// </summary>
    public const double MinOverlap = 0.6;

    /// <summary>Quotes this short (in content terms) are slogans or fragments that many statements share.</summary>
    public const int MinTerms = 4;

    /// <summary>Outlets run a statement within days; one quoted again weeks later is history, kept apart.</summary>
    public const int WindowDays = 7;

    /// <summary>
    /// LSH bands of the terms' MinHash used as keys, of <see cref="Rows"/> rows: versions with Jaccard J meet with
    /// probability 1 − (1 − J²)^5 (0.76 at J = 0.5, a quote trimmed to half; 0.012 for unrelated quotes at J = 0.05).
    /// Quotes of one named speaker also meet through the speaker, whatever their wording.
    /// </summary>
    public const int Bands = 5;

    public const int Rows = 2;

    public ImmutableArray<QuoteLink> Link(ArticleDigest article, IReadOnlyDictionary<string, string> global, long articleSeq, LinkState state)
    {
        var result = ImmutableArray.CreateBuilder<QuoteLink>();
        var quotes = new List<(int Ordinal, HashSet<ulong> Terms, uint[] Signature, string? Speaker)>();
        for (var i = 0; i < article.Quotes.Length; i++)
        {
            var q = article.Quotes[i];
            var terms = TextTerms.Terms(article.Text.AsSpan(q.Content.Start, q.Content.Length), words);
            if (terms.Count >= MinTerms)
            {
                var speaker = q.SpeakerId is { } id ? global.GetValueOrDefault(id, id) : q.SpeakerClass is { } c ? EventSketch.ClassPrefix + c : null;
                quotes.Add((i, terms, MinHash.Signature(terms), speaker));
            }
        }

        var buckets = TimeBucket.Around(article.Published, WindowDays);
        state.Prefetch(quotes.SelectMany(q => LookupKeys(q.Signature, q.Speaker, buckets)), state.PrefetchQuotes);
        foreach (var (i, terms, signature, speaker) in quotes)
        {
            var best = (Cluster: (QuoteCluster?)null, Overlap: 0.0);
            foreach (var candidate in LookupKeys(signature, speaker, buckets).SelectMany(state.Candidates).Distinct(StringComparer.Ordinal))
            {
                if (state.Quote(candidate) is not { } cluster || !SpeakersAgree(speaker, cluster.Speaker) || !Close(article.Published, cluster.First))
                {
                    continue;
                }

                var overlap = Overlap(terms, cluster.Terms);
                if (overlap >= MinOverlap && (overlap > best.Overlap || (overlap == best.Overlap && cluster.Seq < best.Cluster!.Seq)))
                {
                    best = (cluster, overlap);
                }
            }

            QuoteCluster joined;
            if (best.Cluster is { } match)
            {
                joined = match with
                {
                    Reports = match.Reports + 1,
                    Speaker = match.Speaker ?? speaker,
                    // The longest version is the one later quotes are compared with: a trimmed copy is inside it.
                    Terms = terms.Count > match.Terms.Length ? [.. terms.Order()] : match.Terms,
                    First = Earlier(match.First, article.Published),
                };
                result.Add(new QuoteLink(i, match.Id, Math.Round(best.Overlap, 3)));
            }
            else
            {
                joined = new QuoteCluster($"{article.Id}/q{i + 1}", speaker, articleSeq) { Terms = [.. terms.Order()], Reports = 1, First = article.Published };
                result.Add(new QuoteLink(i, joined.Id, 1));
            }

            state.Put(joined);
            foreach (var key in Keys(signature, speaker, TimeBucket.Of(article.Published, WindowDays)))
            {
                state.AddKey(key, joined.Id, joined.Seq);
            }
        }

        return result.ToImmutable();
    }

    static IEnumerable<long> LookupKeys(uint[] signature, string? speaker, IReadOnlyList<long> buckets) =>
        buckets.SelectMany(b => Keys(signature, speaker, b));

    static IEnumerable<long> Keys(uint[] signature, string? speaker, long bucket)
    {
        for (var b = 0; b < Bands; b++)
        {
            yield return LinkKey.Band(KeyKind.QuoteBand, b, MinHash.Band(signature, b, Rows), bucket);
        }

        // Named speakers only: a source class (security-source) speaks for too many people.
        if (speaker is not null && !speaker.StartsWith(EventSketch.ClassPrefix, StringComparison.Ordinal))
        {
            yield return LinkKey.Of(KeyKind.QuoteBand, speaker, bucket.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Shared terms over the size of the smaller set.</summary>
    public static double Overlap(IReadOnlySet<ulong> mine, ImmutableArray<ulong> theirs)
    {
        if (mine.Count == 0 || theirs.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var t in theirs)
        {
            if (mine.Contains(t))
            {
                shared++;
            }
        }

        return (double)shared / Math.Min(mine.Count, theirs.Length);
    }

    /// <summary>Both named and different: two people said two things. An unnamed side agrees with anyone.</summary>
    static bool SpeakersAgree(string? a, string? b) => a is null || b is null || a == b;

    static bool Close(DateOnly? a, DateOnly? b) => a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= WindowDays;

    static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
