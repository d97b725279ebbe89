using Marsad.Cleaning;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

public class OffsetMapCodecTests
{
    [Fact]
    public void Round_trips_copy_and_inserted_segments()
    {
        var map = new OffsetMap([new OffsetSegment(0, 10, 5, 10), new OffsetSegment(10, 2, 15, 1), new OffsetSegment(12, 1, 40, 5)]);
        var back = OffsetMapCodec.Decode(OffsetMapCodec.Encode(map));
        Assert.Equal(map.Segments.AsEnumerable(), back.Segments.AsEnumerable());
        Assert.Equal(map.ToRaw(11), back.ToRaw(11));
    }

    [Fact]
    public void Refuses_a_truncated_blob()
    {
        Assert.Throws<StoreException>(() => OffsetMapCodec.Decode(new byte[15]));
    }
}
