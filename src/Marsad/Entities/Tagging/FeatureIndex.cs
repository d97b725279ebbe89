using System.Numerics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Read-only map from 64-bit feature keys to weight rows: open addressing with linear probing over a
/// power-of-two table at most half full, so a probe is a multiply, a mask and one or two cache lines.
/// Built once per model; safe to read from many threads.
/// </summary>
internal sealed class FeatureIndex
{
    // Key 0 marks an empty slot; a real key of 0 is stored as this stand-in (it is a hash, so the clash is moot).
    const ulong ZeroKey = 0x5851F42D4C957F2D;

    readonly ulong[] _keys;
    readonly int[] _rows;
    readonly int _mask;

    /// <summary>Indexes <paramref name="keys"/>: key k maps to row k.</summary>
    public FeatureIndex(ReadOnlySpan<ulong> keys)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var k = keys[row] == 0 ? ZeroKey : keys[row];
            var slot = Slot(k);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == k)
                {
                    throw new ArgumentException($"Feature key {k:x16} appears twice.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = k;
            _rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of a key, or -1 when the model has no such feature.</summary>
    public int Find(ulong key)
    {
        if (key == 0)
        {
            key = ZeroKey;
        }

        var slot = Slot(key);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Keys are already mixed hashes, so their high bits are uniform; a Fibonacci multiply spreads any residue.
    int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> 32) & _mask;
}
