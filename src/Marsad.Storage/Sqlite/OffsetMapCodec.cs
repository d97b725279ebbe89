using System.Buffers.Binary;
using Marsad.Cleaning;

namespace Marsad.Storage.Sqlite;

/// <summary>Packs an <see cref="OffsetMap"/> into a BLOB of little-endian int32 quadruples and back.</summary>
internal static class OffsetMapCodec
{
    const int SegmentBytes = 16;

    public static byte[] Encode(OffsetMap map)
    {
        var bytes = new byte[map.Segments.Length * SegmentBytes];
        var span = bytes.AsSpan();
        foreach (var s in map.Segments)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, s.CleanStart);
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], s.CleanLength);
            BinaryPrimitives.WriteInt32LittleEndian(span[8..], s.RawStart);
            BinaryPrimitives.WriteInt32LittleEndian(span[12..], s.RawLength);
            span = span[SegmentBytes..];
        }

        return bytes;
    }

    public static OffsetMap Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % SegmentBytes != 0)
        {
            throw new StoreException($"offset map blob has {bytes.Length} bytes, not a multiple of {SegmentBytes}");
        }

        var segments = new OffsetSegment[bytes.Length / SegmentBytes];
        for (var i = 0; i < segments.Length; i++)
        {
            var s = bytes.Slice(i * SegmentBytes, SegmentBytes);
            segments[i] = new OffsetSegment(
                BinaryPrimitives.ReadInt32LittleEndian(s),
                BinaryPrimitives.ReadInt32LittleEndian(s[4..]),
                BinaryPrimitives.ReadInt32LittleEndian(s[8..]),
                BinaryPrimitives.ReadInt32LittleEndian(s[12..]));
        }

        return new OffsetMap(segments);
    }
}
