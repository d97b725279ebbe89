using System.Collections.Concurrent;
using Marsad.Documents;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Tags token sequences with a <see cref="NerModel"/>: sums feature weights per label and decodes the best
/// well-formed IOB2 path. A two-pass model first tags the whole document with its first-pass model, so each
/// token also sees how its other mentions nearby were read. Features that depend on one word alone are summed
/// once per word type and cached. Safe for concurrent use: the cache is a concurrent map and every call
/// works on its own buffers.
/// </summary>
public sealed class NerTagger
{
    // Word types whose partial scores are kept; news text of a few million words has fewer distinct forms,
    // and the cap bounds memory (about 300 bytes a type) on endless input.
    const int MaxCachedWords = 200_000;

    // Own features, then those lent to a neighbour at offsets −1, +1, −2, +2: one block of label scores each.
    static readonly int[] Offsets = [-1, 1, -2, 2];

    readonly NerModel _model;
    readonly NerFeatureExtractor _extractor;
    readonly FeatureIndex _index;
    readonly IGazetteerFeatures[] _gazetteers;
    readonly NerTagger? _firstPass;
    readonly int _labels;
    readonly float[] _edges;
    readonly ConcurrentDictionary<string, CachedWord> _cache = new(StringComparer.Ordinal);

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
        _extractor = new NerFeatureExtractor(model.Features, model.Resources.Clusters, model.Resources.Triggers, model.Resources.Vocabulary);
        _index = new FeatureIndex(model.Keys);
        _labels = model.Labels.Count;
        _firstPass = model.FirstPass is null ? null : new NerTagger(model.FirstPass, external);
        _edges = new float[Offsets.Length * _labels];
        var keys = new List<ulong>();
        for (var k = 0; k < Offsets.Length; k++)
        {
            keys.Clear();
            _extractor.NeighbourKeys(null, Offsets[k], keys);
            AddWeights(keys, _edges.AsSpan(k * _labels, _labels));
        }
    }

    /// <summary>The model this tagger runs.</summary>
    public NerModel Model => _model;

    /// <summary>
    /// One IOB2 tag per token (<c>B-PERS</c>, <c>I-PERS</c>, <c>O</c>…) of a sentence tagged on its own.
    /// An empty sentence gives an empty array. Prefer <see cref="TagDocument"/> for a whole article.
    /// </summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return TagDocument([tokens])[0];
    }

    /// <summary>
    /// Tags the sentences of one document (an article, or a stretch of a corpus). A two-pass model lets each
    /// sentence see the first-pass tags of the sentences around it, so a name read clearly once helps its
    /// other mentions. One tag array per sentence.
    /// </summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var paths = TagDocumentIndices(sentences);
        var tags = new string[paths.Length][];
        for (var s = 0; s < paths.Length; s++)
        {
            tags[s] = new string[paths[s].Length];
            for (var i = 0; i < paths[s].Length; i++)
            {
                tags[s][i] = _model.Labels[paths[s][i]];
            }
        }

        return tags;
    }

    /// <summary>
    /// The pipeline hook: one IOB2 tag per token of <paramref name="doc"/> (aligned with <see cref="Document.Tokens"/>),
    /// tagging its sentences as one document. The token strings are read through their spans; a document without
    /// a sentence layer is tagged as a single sentence.
    /// </summary>
    public string[] TagTokens(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var sentences = doc.Sentences.IsDefaultOrEmpty
            ? [new Sentence(new TextSpan(0, doc.Text.Length), 0, doc.Tokens.Length)]
            : doc.Sentences.ToArray();
        var tokens = sentences.Select(s => (IReadOnlyList<string>)[.. Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => doc[doc.Tokens[i].Span])]).ToList();
        return [.. TagDocument(tokens).SelectMany(t => t)];
    }

    /// <summary>Entities of one sentence as token ranges with their types (the chunks of <see cref="Tag"/>).</summary>
    public IReadOnlyList<NerChunk> FindEntities(IReadOnlyList<string> tokens) => NerChunk.FromTags(Tag(tokens));

    internal int[][] TagDocumentIndices(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var paths = new int[sentences.Count][];
        ulong[][][]? context = null;
        if (_firstPass is not null)
        {
            var first = _firstPass.TagDocumentIndices(sentences);
            context = DocumentContext(sentences, first, _model.ContextWindow, token => Lookup(token).Info.Forms.Stem);
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            ArgumentNullException.ThrowIfNull(sentences[s]);
            paths[s] = new int[sentences[s].Count];
            TagIndices(sentences[s], paths[s], context?[s]);
        }

        return paths;
    }

    /// <summary>Document-context keys for every token, from first-pass label paths.</summary>
    internal static ulong[][][] DocumentContext(
        IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> firstPass, int window, Func<string, string>? stemOf = null)
    {
        stemOf ??= token => NerWordForms.Of(token).Stem;
        var stems = new ulong[sentences.Count][];
        var lengths = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            stems[s] = new ulong[sentences[s].Count];
            lengths[s] = new int[sentences[s].Count];
            for (var i = 0; i < sentences[s].Count; i++)
            {
                var stem = stemOf(sentences[s][i] ?? "");
                stems[s][i] = FeatureHash.Of(stem);
                lengths[s][i] = stem.Length;
            }
        }

        return NerDocumentContext.Keys(stems, firstPass, lengths, window);
    }

    internal void TagIndices(IReadOnlyList<string> tokens, Span<int> path, ulong[][]? context = null)
    {
        var n = tokens.Count;
        if (n == 0)
        {
            return;
        }

        var labels = _labels;
        var words = new CachedWord[n];
        var infos = new NerTokenInfo[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = Lookup(tokens[i] ?? "");
            infos[i] = words[i].Info;
        }

        var matches = _extractor.Matches(infos, _gazetteers);
        var unary = new float[n * labels];
        var keys = new List<ulong>(32);
        for (var i = 0; i < n; i++)
        {
            var scores = unary.AsSpan(i * labels, labels);
            words[i].Scores.AsSpan(0, labels).CopyTo(scores);
            for (var k = 0; k < Offsets.Length; k++)
            {
                // The neighbour at offset d lends the block it computed for offset d (or the sentence edge's).
                var j = i + Offsets[k];
                var lent = j >= 0 && j < n ? words[j].Scores.AsSpan((k + 1) * labels, labels) : _edges.AsSpan(k * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    scores[y] += lent[y];
                }
            }

            keys.Clear();
            _extractor.PositionKeys(infos, i, matches, keys);
            if (context is not null)
            {
                keys.AddRange(context[i]);
            }

            AddWeights(keys, scores);
        }

        ViterbiDecoder.Decode(unary, _model.Transitions, labels, path);
    }

    CachedWord Lookup(string token)
    {
        if (_cache.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var info = _extractor.Analyze(token);
        var scores = new float[(1 + Offsets.Length) * _labels];
        var keys = new List<ulong>(64);
        _extractor.OwnKeys(info, keys);
        AddWeights(keys, scores.AsSpan(0, _labels));
        for (var k = 0; k < Offsets.Length; k++)
        {
            keys.Clear();
            _extractor.NeighbourKeys(info, Offsets[k], keys);
            AddWeights(keys, scores.AsSpan((k + 1) * _labels, _labels));
        }

        var word = new CachedWord(info, scores);
        if (_cache.Count < MaxCachedWords)
        {
            _cache.TryAdd(token, word);
        }

        return word;
    }

    void AddWeights(List<ulong> keys, Span<float> scores)
    {
        var weights = _model.Weights.AsSpan();
        foreach (var key in keys)
        {
            var row = _index.Find(key);
            if (row < 0)
            {
                continue;
            }

            var w = weights.Slice(row * _labels, _labels);
            for (var y = 0; y < scores.Length; y++)
            {
                scores[y] += w[y];
            }
        }
    }

    /// <summary>A word type's analysis and its cached label scores: own features, then one block per neighbour offset.</summary>
    sealed record CachedWord(NerTokenInfo Info, float[] Scores);
}
