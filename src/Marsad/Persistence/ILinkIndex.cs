using Marsad.CrossDocument;

namespace Marsad.Persistence;

/// <summary>
/// The read side of the cross-document state a store keeps (blocking keys and the profiles they lead to), as the
/// linkers see it before a batch: <see cref="LinkState"/> reads through it on a miss and overlays the batch's own
/// changes. Synchronous, because linking is CPU work between two I/O edges; the SQLite store answers in place.
/// </summary>
public interface ILinkIndex
{
    /// <summary>The last sequence number handed out (articles and items are numbered in processing order).</summary>
    long LastSeq { get; }

    /// <summary>False when the store certainly holds no item under <paramref name="key"/> (a Bloom filter's answer).</summary>
    bool MayContain(long key);

    /// <summary>For each key, up to <paramref name="perKey"/> items holding it, newest (highest seq) first.</summary>
    IReadOnlyDictionary<long, IReadOnlyList<KeyedItem>> Keys(IReadOnlyCollection<long> keys, int perKey);

    IReadOnlyDictionary<string, EntityProfile> Entities(IReadOnlyCollection<string> ids);

    IReadOnlyDictionary<string, EventCluster> Clusters(IReadOnlyCollection<string> ids);

    IReadOnlyDictionary<string, StoryProfile> Stories(IReadOnlyCollection<string> ids);

    IReadOnlyDictionary<string, QuoteCluster> Quotes(IReadOnlyCollection<string> ids);

    IReadOnlyDictionary<string, ArticleSketch> Sketches(IReadOnlyCollection<string> ids);
}

/// <summary>An item holding a key, with the sequence number of the item's creation (recency decides caps).</summary>
public readonly record struct KeyedItem(long Seq, string Item);
