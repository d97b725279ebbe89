namespace Marsad.Entities.Tagging;

/// <summary>
/// Stable 64-bit hashes for feature keys: FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer.
/// <see cref="string.GetHashCode()"/> is randomised per process, so it cannot name features in a saved model.
/// At 64 bits, a million features collide with probability about 3e-8.
/// </summary>
internal static class FeatureHash
{
    const ulong OffsetBasis = 14695981039346656037;
    const ulong Prime = 1099511628211;
    const ulong Golden = 0x9E3779B97F4A7C15;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>A feature key: the template number and its value hash, mixed.</summary>
    public static ulong Key(int template, ulong value) => Mix(value ^ ((ulong)(template + 1) * Golden));

    /// <summary>Combines two value hashes into one (for conjunctions such as word bigrams); order matters.</summary>
    public static ulong Pair(ulong a, ulong b) => Mix(a * 31 + b + Golden);

    public static ulong Of(long number) => Mix((ulong)number + Golden);

    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
