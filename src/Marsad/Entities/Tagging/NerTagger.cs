namespace Marsad.Entities.Tagging;

/// <summary>
/// Tags token sequences with a <see cref="NerModel"/>: extracts features, sums their weights per label and
/// decodes the best well-formed IOB2 path. Immutable after construction and safe for concurrent use: every
/// call works on its own buffers.
/// </summary>
public sealed class NerTagger
{
    readonly NerModel _model;
    readonly NerFeatureExtractor _extractor;
    readonly FeatureIndex _index;
    readonly IGazetteerFeatures[] _gazetteers;

    /// <param name="model">A trained model.</param>
    /// <param name="externalGazetteers">The external lists the model was trained with (see <see cref="NerModel.ExternalGazetteers"/>).</param>
    public NerTagger(NerModel model, IEnumerable<IGazetteerFeatures>? externalGazetteers = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var external = externalGazetteers?.ToArray() ?? [];
        var missing = model.ExternalGazetteers.Except(external.Select(g => g.Name)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"The model was trained with gazetteers it was not given: {string.Join(", ", missing)}.", nameof(externalGazetteers));
        }

        _gazetteers = [.. model.Resources.Gazetteers, .. external.Where(g => model.ExternalGazetteers.Contains(g.Name))];
        _extractor = new NerFeatureExtractor(model.Features, model.Resources.Clusters, model.Resources.Triggers);
        _index = new FeatureIndex(model.Keys);
    }

    /// <summary>The model this tagger runs.</summary>
    public NerModel Model => _model;

    /// <summary>One IOB2 tag per token (<c>B-PERS</c>, <c>I-PERS</c>, <c>O</c>…). An empty sentence gives an empty array.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var path = new int[tokens.Count];
        TagIndices(tokens, path);
        var tags = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
        {
            tags[i] = _model.Labels[path[i]];
        }

        return tags;
    }

    /// <summary>Entities of one sentence as token ranges with their types (the chunks of <see cref="Tag"/>).</summary>
    public IReadOnlyList<NerChunk> FindEntities(IReadOnlyList<string> tokens) => NerChunk.FromTags(Tag(tokens));

    internal void TagIndices(IReadOnlyList<string> tokens, Span<int> path)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var labels = _model.Labels.Count;
        var keys = new List<ulong>(tokens.Count * 64);
        var offsets = new List<int>(tokens.Count + 1);
        _extractor.Extract(tokens, _gazetteers, keys, offsets);
        var unary = new float[tokens.Count * labels];
        var weights = _model.Weights.AsSpan();
        for (var i = 0; i < tokens.Count; i++)
        {
            var scores = unary.AsSpan(i * labels, labels);
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var row = _index.Find(keys[k]);
                if (row < 0)
                {
                    continue;
                }

                var w = weights.Slice(row * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    scores[y] += w[y];
                }
            }
        }

        ViterbiDecoder.Decode(unary, _model.Transitions, labels, path);
    }
}
