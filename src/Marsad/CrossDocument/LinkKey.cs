namespace Marsad.CrossDocument;

/// <summary>
/// Blocking keys: 64-bit hashes of a key kind and its parts. Items that share a key are compared; items that share
/// none never are. One key space holds every kind (the kind is hashed in), so the store keeps one table of keys.
/// </summary>
public static class LinkKey
{
    /// <summary>The key of <paramref name="kind"/> over the given parts (folded strings, ids, dates).</summary>
    public static long Of(KeyKind kind, string first, string? second = null, string? third = null)
    {
        var h = TextTerms.Hash([(char)('A' + (int)kind)]);
        h = Append(h, first);
        h = second is null ? h : Append(h, second);
        h = third is null ? h : Append(h, third);
        return unchecked((long)h);
    }

    /// <summary>The key of one LSH band value within a time bucket.</summary>
    public static long Band(KeyKind kind, int band, ulong value, long bucket) =>
        unchecked((long)MinHash.Mix(MinHash.Mix(value ^ (ulong)(band * 7919) ^ ((ulong)kind << 56)) ^ (ulong)bucket));

    static ulong Append(ulong h, string part)
    {
        // A separator no name contains keeps ("ab", "c") apart from ("a", "bc").
        h = (h ^ '\u001F') * 1099511628211UL;
        foreach (var c in part)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}

/// <summary>What a blocking key finds.</summary>
public enum KeyKind
{
    /// <summary>A spelling of an unlisted entity's name → global entities.</summary>
    EntityName,

    /// <summary>Category with month, place or participant → event clusters.</summary>
    EventBlock,

    /// <summary>A band of an article's term signature within a week → stories.</summary>
    StoryBand,

    /// <summary>A lead event or salient entity within a week → stories.</summary>
    StoryBlock,

    /// <summary>A band of an article's shingle signature → articles (near duplicates).</summary>
    DuplicateBand,

    /// <summary>A hash of a quote's terms within a fortnight → quote clusters.</summary>
    QuoteBand,
}
