namespace Marsad.Storage.Graph;

/// <summary>
/// A Bloom filter (Bloom 1970) of the blocking keys the store holds. Most keys an article looks up were never
/// stored (a band of its own wording, its own place and month): the filter answers "certainly absent" for them
/// without a query. About 10 bits per key give about 1% false positives (k = 7 hashes by double hashing, Kirsch
/// and Mitzenmacher 2006); a false positive only costs the query it would have cost anyway. Past its
/// <see cref="Capacity"/> the rate climbs fast (75% at 4.6 times the capacity), so the owner rebuilds it larger.
/// </summary>
internal sealed class KeyFilter
{
    const int BitsPerKey = 10;
    const int Hashes = 7;

    /// <summary>Room for keys added after the filter was built: a session's batches add keys as they are saved.</summary>
    const long Headroom = 1 << 20;

    readonly ulong[] _bits;
    readonly ulong _size;

    public KeyFilter(long expectedKeys)
    {
        // Room to double (a rebuild from scratch grows the store within one session), and never tiny.
        Capacity = (2 * expectedKeys) + Headroom;
        var bits = Math.Max(1 << 16, Capacity * BitsPerKey);
        _bits = new ulong[(bits + 63) / 64];
        _size = (ulong)_bits.Length * 64;
    }

    /// <summary>Keys the filter holds at its designed false-positive rate.</summary>
    public long Capacity { get; }

    /// <summary>Keys added (repeats included: an upper bound on the distinct keys).</summary>
    public long Count { get; private set; }

    /// <summary>True once more keys went in than it was sized for.</summary>
    public bool IsFull => Count > Capacity;

    public void Add(long key)
    {
        Count++;
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
