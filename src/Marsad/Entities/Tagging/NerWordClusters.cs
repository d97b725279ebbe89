using System.Collections.Frozen;
using System.Text;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Word clusters learned from unlabeled news by <see cref="NerClusterLearner"/>: for each folded word, a cluster
/// id at several granularities (coarse to fine), so the tagger can generalise from a seen name to unseen words
/// used the same way. Derived statistics only: the words and their ids, never corpus sentences.
/// </summary>
public sealed class NerWordClusters
{
    const string Magic = "marsad-ner-clusters";
    const int FormatVersion = 2;

    readonly FrozenDictionary<string, int> _index;
    readonly string[] _words;
    readonly int[] _granularities;
    readonly ushort[][] _ids;
    readonly int[] _counts;

    internal NerWordClusters(string[] words, int[] counts, int[] granularities, ushort[][] ids)
    {
        if (counts.Length != words.Length || ids.Length != granularities.Length || ids.Any(level => level.Length != words.Length))
        {
            throw new ArgumentException("One id per word is needed at every granularity.", nameof(ids));
        }

        _words = words;
        _granularities = granularities;
        _ids = ids;
        _counts = counts;
        _index = words.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Number of clusters at each level, coarse to fine.</summary>
    public IReadOnlyList<int> Granularities => _granularities;

    public int WordCount => _words.Length;

    /// <summary>Index of a folded word, or -1 when the word was too rare in the unlabeled text.</summary>
    public int Find(string folded) => _index.GetValueOrDefault(folded, -1);

    /// <summary>The cluster of word <paramref name="word"/> (from <see cref="Find"/>) at granularity <paramref name="level"/>.</summary>
    public int Cluster(int word, int level) => _ids[level][word];

    /// <summary>How often the word (for a stem: all its surface forms) occurred in the unlabeled text.</summary>
    public int Count(int word) => _counts[word];

    /// <summary>Writes the clusters (UTF-8 words and ids), the artifact a training run reads back.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        Write(writer);
    }

    public static NerWordClusters Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        return Read(reader);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_words.Length);
        writer.Write(_granularities.Length);
        foreach (var g in _granularities)
        {
            writer.Write(g);
        }

        for (var i = 0; i < _words.Length; i++)
        {
            writer.Write(_words[i]);
            writer.Write(_counts[i]);
            foreach (var level in _ids)
            {
                writer.Write(level[i]);
            }
        }
    }

    internal static NerWordClusters Read(BinaryReader reader)
    {
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a Marsad word-cluster file of a known version.");
        }

        var words = new string[reader.ReadInt32()];
        var granularities = new int[reader.ReadInt32()];
        for (var g = 0; g < granularities.Length; g++)
        {
            granularities[g] = reader.ReadInt32();
        }

        var ids = granularities.Select(_ => new ushort[words.Length]).ToArray();
        var counts = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
            counts[i] = reader.ReadInt32();
            foreach (var level in ids)
            {
                level[i] = reader.ReadUInt16();
            }
        }

        return new NerWordClusters(words, counts, granularities, ids);
    }
}
