namespace Marsad.Storage.Graph;

/// <summary>
/// A Bloom filter (Bloom 1970) of the blocking keys the store holds. Most keys an article looks up were never
/// stored (a band of its own wording, its own place and month): the filter answers "certainly absent" for them
/// without a query. About 10 bits per key give about 1% false positives (k = 7 hashes by double hashing, Kirsch
/// and Mitzenmacher 2006); a false positive only costs the query it would have cost anyway.
/// </summary>
internal sealed class KeyFilter
{
    const int BitsPerKey = 10;
    const int Hashes = 7;

    readonly ulong[] _bits;
    readonly ulong _size;

    public KeyFilter(long expectedKeys)
    {
        // Room for growth within one session (a batch adds keys as it is saved), and never tiny.
        var bits = Math.Max(1 << 16, (expectedKeys + (1 << 20)) * BitsPerKey);
        _bits = new ulong[(bits + 63) / 64];
        _size = (ulong)_bits.Length * 64;
    }

    public void Add(long key)
    {
        var (h1, h2) = Split(key);
        for (var i = 0UL; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % _size;
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    public bool MayContain(long key)
    {
        var (h1, h2) = Split(key);
        for (var i = 0UL; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % _size;
            if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    static (ulong, ulong) Split(long key)
    {
        // Keys are already well-mixed 64-bit hashes; remix once so both halves are independent enough.
        var x = (ulong)key * 0x9E3779B97F4A7C15UL;
        x ^= x >> 29;
        return (x, ((ulong)key >> 32 | (ulong)key << 32) | 1);
    }
}
