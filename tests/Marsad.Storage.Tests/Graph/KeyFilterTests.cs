using Marsad.Storage.Graph;

namespace Marsad.Storage.Tests.Graph;

public class KeyFilterTests
{
    [Fact]
    public void Holds_its_capacity_at_about_one_percent_false_positives_and_never_misses_a_key()
    {
        var filter = new KeyFilter(0);
        var random = new Random(11);
        var added = new HashSet<long>();
        while (added.Count < filter.Capacity)
        {
            var key = random.NextInt64();
            added.Add(key);
            filter.Add(key);
        }

        Assert.All(added.Take(10_000), k => Assert.True(filter.MayContain(k)));
        var probes = 0;
        var positives = 0;
        while (probes < 100_000)
        {
            var key = random.NextInt64();
            if (!added.Contains(key))
            {
                probes++;
                positives += filter.MayContain(key) ? 1 : 0;
            }
        }

        Assert.InRange(positives / (double)probes, 0, 0.02);
        Assert.False(filter.IsFull);
    }

    [Fact]
    public void Reports_full_once_more_keys_went_in_than_it_was_sized_for()
    {
        // A rebuild from scratch grows the store inside one session; the owner must know when to build a larger filter.
        var filter = new KeyFilter(1000);
        for (var k = 0L; k <= filter.Capacity; k++)
        {
            filter.Add(k);
        }

        Assert.True(filter.IsFull);
    }
}
