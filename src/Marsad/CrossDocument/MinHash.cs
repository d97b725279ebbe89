namespace Marsad.CrossDocument;

/// <summary>
/// MinHash signatures (Broder 1997) and LSH banding (Indyk–Motwani; Leskovec, Rajaraman and Ullman, "Mining of
/// Massive Datasets", ch. 3): the share of equal positions in two signatures estimates the Jaccard similarity of
/// the two sets, and items whose signatures agree on every row of some band become candidate pairs. The
/// permutations are fixed (seeded), so signatures are comparable across runs and stores.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature: the estimate's standard error is about 1/√64 ≈ 0.06 at J = 0.5.</summary>
    public const int Size = 64;

    static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>The signature of a set of hashed items; all positions are <see cref="uint.MaxValue"/> for an empty set.</summary>
    public static uint[] Signature(IEnumerable<ulong> items)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var item in items)
        {
            for (var i = 0; i < Size; i++)
            {
                var v = (uint)(Mix(item ^ Seeds[i]) >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }
            }
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree (0 when either is empty).</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.Length == 0 || IsEmpty(a) || IsEmpty(b))
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>The hash of band <paramref name="band"/> (rows <paramref name="rows"/> wide) of a signature.</summary>
    public static ulong Band(ReadOnlySpan<uint> signature, int band, int rows)
    {
        var h = 0x9E3779B97F4A7C15UL * (ulong)(band + 1);
        foreach (var v in signature.Slice(band * rows, rows))
        {
            h = Mix(h ^ v);
        }

        return h;
    }

    /// <summary>True for the signature of an empty set.</summary>
    public static bool IsEmpty(ReadOnlySpan<uint> signature) => signature.Length > 0 && signature.IndexOfAnyExcept(uint.MaxValue) < 0;

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit permutation.</summary>
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x4D61727361644D48UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
