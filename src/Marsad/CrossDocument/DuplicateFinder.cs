namespace Marsad.CrossDocument;

/// <summary>
/// Finds exact and near copies of an earlier article (syndicated wire copy, a republished page, a copy with a
/// new headline or a trimmed paragraph): the same folded text hash, or MinHash similarity of word 3-shingles of at
/// least <see cref="NearDuplicate"/>. Candidates come from LSH bands (10 bands of 6 rows: pairs at J = 0.9 meet
/// with probability 0.9995, at J = 0.8 with 0.95, at J = 0.5 with 0.15, at J = 0.3 with 0.007). A copy points to the
/// first article of its family, so corroboration counts the family once.
/// </summary>
public sealed class DuplicateFinder
{
    /// <summary>
    /// Copies with a changed headline, a dropped sentence or a different sign-off keep well over 80% of their
    /// 3-shingles; two outlets' own write-ups of one event share only a few percent (the gold set's rewrites: ≤ 0.05).
    /// </summary>
    public const double NearDuplicate = 0.8;

    /// <summary>Words per shingle: long enough that shared names and set phrases alone do not make two texts similar.</summary>
    public const int ShingleWidth = 3;

    public const int Bands = 10;

    public const int Rows = 6;

    /// <summary>The sketch of an article, stored for later articles to be compared with.</summary>
    public static ArticleSketch Sketch(ArticleDigest article, long seq)
    {
        var shingles = TextTerms.Shingles(article.Text, ShingleWidth);
        var textHash = 14695981039346656037UL;
        foreach (var s in shingles)
        {
            textHash = (textHash ^ s) * 1099511628211UL;
        }

        // A text shorter than one shingle is compared by its words' hash alone.
        var signature = shingles.Count == 0 ? MinHash.Signature([TextTerms.Hash(article.Text.Trim())]) : MinHash.Signature(shingles);
        return new ArticleSketch(article.Id, seq, article.Outlet, article.Published, textHash, [.. signature]);
    }

    /// <summary>The earlier article this one copies (with similarity 1 for an exact copy), or null; the sketch is stored with its keys.</summary>
    public (ArticleSketch Sketch, ArticleSketch? Original, double Similarity) Find(ArticleDigest article, long seq, LinkState state)
    {
        var sketch = Sketch(article, seq);
        var keys = Keys(sketch).ToList();
        state.Prefetch(keys, state.PrefetchSketches);
        ArticleSketch? best = null;
        var bestSimilarity = 0.0;
        foreach (var id in keys.SelectMany(state.Candidates).Distinct(StringComparer.Ordinal))
        {
            if (id == article.Id || state.Sketch(id) is not { } other)
            {
                continue;
            }

            var similarity = other.TextHash == sketch.TextHash ? 1 : MinHash.Similarity(sketch.Signature.AsSpan(), other.Signature.AsSpan());
            if (similarity >= NearDuplicate && (similarity > bestSimilarity || (similarity == bestSimilarity && other.Seq < best!.Seq)))
            {
                (best, bestSimilarity) = (other, similarity);
            }
        }

        foreach (var k in keys)
        {
            state.AddKey(k, sketch.ArticleId, sketch.Seq);
        }

        var original = best is null ? null : best.Original is { } root ? state.Sketch(root) ?? best : best;
        sketch = sketch with { Original = original?.ArticleId };
        state.Put(sketch);
        return (sketch, original, Math.Round(bestSimilarity, 3));
    }

    static IEnumerable<long> Keys(ArticleSketch sketch)
    {
        var signature = sketch.Signature.AsSpan();
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            keys[b] = LinkKey.Band(KeyKind.DuplicateBand, b, MinHash.Band(signature, b, Rows), 0);
        }

        return keys;
    }
}
