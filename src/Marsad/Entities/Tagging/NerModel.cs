using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Marsad.Entities.Tagging;

/// <summary>
/// A trained NER model: the label set, one weight per (feature, label), label-transition weights, and every
/// resource its features read (word clusters, gazetteers, trigger words), so a saved model tags exactly as it
/// did when it was trained. Immutable; create a <see cref="NerTagger"/> to use it.
/// </summary>
public sealed class NerModel
{
    const string Magic = "marsad-ner-model";
    const int FormatVersion = 1;

    internal NerModel(
        NerLabelSet labels, ulong[] keys, float[] weights, float[] transitions, NerFeatures features,
        NerResources resources, string[] externalGazetteers, NerModel? firstPass = null, int contextWindow = 0)
    {
        if (weights.Length != keys.Length * labels.Count || transitions.Length != (labels.Count + 1) * labels.Count)
        {
            throw new ArgumentException("Weight arrays do not match the feature and label counts.");
        }

        Labels = labels;
        Keys = keys;
        Weights = weights;
        Transitions = transitions;
        Features = features;
        Resources = resources;
        ExternalGazetteers = externalGazetteers;
        FirstPass = firstPass;
        ContextWindow = contextWindow;
    }

    /// <summary>Entity types the model tags (e.g. LOC, MISC, ORG, PERS).</summary>
    public IReadOnlyList<string> Types => Labels.Types;

    /// <summary>Number of (feature) weight rows kept after training.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Feature families the model was trained with.</summary>
    public NerFeatures Features { get; }

    /// <summary>Names of the external gazetteers (<see cref="IGazetteerFeatures.Name"/>) the tagger must be given.</summary>
    public IReadOnlyList<string> ExternalGazetteers { get; }

    internal NerLabelSet Labels { get; }

    internal ulong[] Keys { get; }

    internal float[] Weights { get; }

    internal float[] Transitions { get; }

    internal NerResources Resources { get; }

    /// <summary>The first-pass model whose tags feed this one's document-context features, or null for a one-pass model.</summary>
    internal NerModel? FirstPass { get; }

    /// <summary>Sentences on either side whose first-pass tags count as document context.</summary>
    internal int ContextWindow { get; }

    /// <summary>Writes the model (Brotli-compressed binary, format version <see cref="FormatVersion"/>).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var compressed = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteBody(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(decompressed, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a Marsad NER model of a known format version.");
        }

        return ReadBody(reader);
    }

    void WriteBody(BinaryWriter writer)
    {
        writer.Write(Labels.Types.Count);
        foreach (var t in Labels.Types)
        {
            writer.Write(t);
        }

        writer.Write((int)Features);
        writer.Write(ExternalGazetteers.Count);
        foreach (var name in ExternalGazetteers)
        {
            writer.Write(name);
        }

        writer.Write(Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Weights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Transitions.AsSpan()));
        Resources.Write(writer);
        writer.Write(ContextWindow);
        writer.Write(FirstPass is not null);
        FirstPass?.WriteBody(writer);
    }

    static NerModel ReadBody(BinaryReader reader)
    {
        var labels = new NerLabelSet(Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray());
        var features = (NerFeatures)reader.ReadInt32();
        var external = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
        var keys = new ulong[reader.ReadInt32()];
        var weights = new float[keys.Length * labels.Count];
        var transitions = new float[(labels.Count + 1) * labels.Count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(transitions.AsSpan()));
        var resources = NerResources.Read(reader);
        var window = reader.ReadInt32();
        var firstPass = reader.ReadBoolean() ? ReadBody(reader) : null;
        return new NerModel(labels, keys, weights, transitions, features, resources, external, firstPass, window);
    }
}
