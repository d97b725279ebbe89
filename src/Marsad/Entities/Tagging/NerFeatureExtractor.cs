using System.Numerics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Turns a sentence into feature keys: for every token, 64-bit keys (template number mixed with a value hash)
/// naming its observation features. Keys come in four groups so the tagger can cache the first two per word
/// type: the token's own features, the features a token lends to a neighbour at offset ±1 or ±2, the features
/// of a position (word pairs, shape window, gazetteer matches) and ready-made document-context keys.
/// Features never look at labels; transitions are scored by the decoder. Immutable, so it serves many threads.
/// </summary>
internal sealed class NerFeatureExtractor(NerFeatures features, NerWordClusters? clusters, NerTriggerWords? triggers, NerVocabulary? vocabulary)
{
    // Template numbers: part of every key, so the same value under two templates is two features.
    const int Bias = 0, Word = 1, Surface = 2, Stem = 3, Proclitic = 4, First = 5;
    const int WordPrev = 10, WordNext = 11, WordPrev2 = 12, WordNext2 = 13, StemPrev = 14, StemNext = 15;
    const int BigramPrev = 16, BigramNext = 17, AffixPrev = 18, AffixNext = 19;
    const int PrefixBase = 20, SuffixBase = 25;
    const int ShapeHere = 30, ShapeWindow = 31, LengthBucket = 32, CharGram = 33;
    const int ClusterHere = 40, ClusterStem = 45, ClusterPrev = 50, ClusterNext = 55;
    const int Frequency = 60, ClusterBigramPrev = 61, ClusterBigramNext = 62;
    const int TriggerHere = 65, TriggerPrev = 66, TriggerPrev2 = 67, TriggerNext = 68;
    const int GazetteerHere = 70, GazetteerPrev = 71, GazetteerNext = 72;

    // Affix lengths: Arabic inflection and clitics add at most three or four letters at either end.
    const int MaxAffix = 4;

    // Letter trigrams inside a word (with ^ and $ marking its ends) catch transliteration patterns of foreign names.
    const int GramLength = 3;

    // The cluster level (index into the granularities) used for cluster bigrams: coarse enough to be seen often.
    const int BigramLevel = 1;

    // An out-of-vocabulary word gets this cluster id, so "unknown to the news corpus" is itself a feature.
    const int UnknownCluster = ushort.MaxValue;

    static readonly ulong StartHash = FeatureHash.Of("<s>");
    static readonly ulong EndHash = FeatureHash.Of("</s>");

    public NerFeatures Features => features;

    public NerTokenInfo Analyze(string? token)
    {
        var surface = token ?? "";
        var forms = NerWordForms.Of(surface);
        var word = FeatureHash.Of(forms.Folded);
        var stem = FeatureHash.Of(forms.Stem);
        var trigger = triggers?.ClassOf(forms) is { } cls ? FeatureHash.Of(cls) : 0;
        var wordCluster = clusters is null ? -1 : clusters.Find(forms.Folded) is var w and >= 0 ? w : clusters.Find(forms.Stem);
        var stemCluster = clusters is null || forms.Stem.Length == forms.Folded.Length ? -1 : clusters.Find(forms.Stem);
        return new NerTokenInfo(surface, forms, vocabulary?.Map(word) ?? word, vocabulary?.Map(stem) ?? stem, trigger,
            wordCluster, stemCluster, NerTokenInfo.AffixOf(forms));
    }

    /// <summary>
    /// Appends the keys of every token to <paramref name="keys"/>; token i owns keys [offsets[i], offsets[i + 1]).
    /// <paramref name="extra"/> holds ready-made keys per token (document context), appended as they are.
    /// </summary>
    public void Extract(
        IReadOnlyList<string> tokens, IReadOnlyList<IGazetteerFeatures> gazetteers, List<ulong> keys, List<int> offsets, ulong[][]? extra = null)
    {
        var n = tokens.Count;
        var infos = new NerTokenInfo[n];
        for (var i = 0; i < n; i++)
        {
            infos[i] = Analyze(tokens[i]);
        }

        var matches = Matches(infos, gazetteers);
        offsets.Add(keys.Count);
        for (var i = 0; i < n; i++)
        {
            OwnKeys(infos[i], keys);
            for (var d = -2; d <= 2; d++)
            {
                if (d != 0)
                {
                    NeighbourKeys(i + d >= 0 && i + d < n ? infos[i + d] : null, d, keys);
                }
            }

            PositionKeys(infos, i, matches, keys);
            if (extra is not null)
            {
                keys.AddRange(extra[i]);
            }

            offsets.Add(keys.Count);
        }
    }

    public NerMatchSet Matches(ReadOnlySpan<NerTokenInfo> infos, IReadOnlyList<IGazetteerFeatures> gazetteers)
    {
        var folded = new string[infos.Length];
        var stems = new string[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            folded[i] = infos[i].Forms.Folded;
            stems[i] = infos[i].Forms.Stem;
        }

        return new NerMatchSet(folded, stems, gazetteers);
    }

    /// <summary>Features of a token that depend on its string alone (including the bias).</summary>
    public void OwnKeys(in NerTokenInfo t, List<ulong> keys)
    {
        var forms = t.Forms;
        keys.Add(FeatureHash.Key(Bias, 0));
        keys.Add(FeatureHash.Key(Word, t.WordHash));
        if (t.WordHash != NerVocabulary.Unknown && !t.Surface.Equals(forms.Folded, StringComparison.Ordinal))
        {
            keys.Add(FeatureHash.Key(Surface, FeatureHash.Of(t.Surface)));
        }

        if ((features & NerFeatures.Clitics) != 0)
        {
            keys.Add(FeatureHash.Key(Stem, t.StemHash));
            keys.Add(FeatureHash.Key(Proclitic, FeatureHash.Of(forms.Proclitic)));
        }

        if ((features & NerFeatures.Affixes) != 0)
        {
            var stem = forms.Stem.AsSpan();
            var folded = forms.Folded.AsSpan();
            for (var k = 1; k <= MaxAffix && k < stem.Length; k++)
            {
                keys.Add(FeatureHash.Key(PrefixBase + k, FeatureHash.Of(stem[..k])));
            }

            for (var k = 1; k <= MaxAffix && k < folded.Length; k++)
            {
                keys.Add(FeatureHash.Key(SuffixBase + k, FeatureHash.Of(folded[^k..])));
            }
        }

        if ((features & NerFeatures.CharGrams) != 0)
        {
            AddCharGrams(forms.Stem, keys);
        }

        if ((features & NerFeatures.Shape) != 0)
        {
            keys.Add(FeatureHash.Key(ShapeHere, forms.Shape));
            keys.Add(FeatureHash.Key(LengthBucket, (ulong)Math.Min(forms.Folded.Length, 12)));
        }

        if (UseClusters)
        {
            var known = t.WordCluster;
            keys.Add(FeatureHash.Key(Frequency, known < 0 ? 0 : (ulong)(1 + BitOperations.Log2((uint)clusters!.Count(known)))));
            for (var g = 0; g < clusters!.Granularities.Count; g++)
            {
                keys.Add(FeatureHash.Key(ClusterHere + g, ClusterId(t.WordCluster, g)));
                if (t.StemCluster >= 0)
                {
                    keys.Add(FeatureHash.Key(ClusterStem + g, ClusterId(t.StemCluster, g)));
                }
            }
        }

        if (UseTriggers)
        {
            keys.Add(FeatureHash.Key(TriggerHere, t.Trigger));
        }
    }

    /// <summary>
    /// Features a token lends to the token at distance −<paramref name="offset"/> from it, i.e. what the scored
    /// token sees at relative position <paramref name="offset"/>; a null token means the sentence edge.
    /// </summary>
    public void NeighbourKeys(NerTokenInfo? t, int offset, List<ulong> keys)
    {
        var edge = offset < 0 ? StartHash : EndHash;
        if ((features & NerFeatures.Context) != 0)
        {
            var word = t?.WordHash ?? edge;
            switch (offset)
            {
                case -1:
                    keys.Add(FeatureHash.Key(WordPrev, word));
                    keys.Add(FeatureHash.Key(StemPrev, t?.StemHash ?? edge));
                    keys.Add(FeatureHash.Key(AffixPrev, t?.Affix ?? edge));
                    break;
                case 1:
                    keys.Add(FeatureHash.Key(WordNext, word));
                    keys.Add(FeatureHash.Key(StemNext, t?.StemHash ?? edge));
                    keys.Add(FeatureHash.Key(AffixNext, t?.Affix ?? edge));
                    break;
                case -2:
                    keys.Add(FeatureHash.Key(WordPrev2, word));
                    break;
                default:
                    keys.Add(FeatureHash.Key(WordNext2, word));
                    break;
            }
        }

        if (UseClusters && offset is -1 or 1)
        {
            for (var g = 0; g < clusters!.Granularities.Count; g++)
            {
                keys.Add(FeatureHash.Key(offset < 0 ? ClusterPrev + g : ClusterNext + g, t is { } n ? ClusterId(n.WordCluster, g) : edge));
            }
        }

        if (UseTriggers && offset != 2)
        {
            var template = offset switch { -1 => TriggerPrev, -2 => TriggerPrev2, _ => TriggerNext };
            keys.Add(FeatureHash.Key(template, t?.Trigger ?? edge));
        }
    }

    /// <summary>Features of position <paramref name="i"/> that read two or three tokens at once, and gazetteer matches.</summary>
    public void PositionKeys(ReadOnlySpan<NerTokenInfo> s, int i, NerMatchSet matches, List<ulong> keys)
    {
        var n = s.Length;
        if (i == 0)
        {
            keys.Add(FeatureHash.Key(First, 1));
        }

        if ((features & NerFeatures.Context) != 0)
        {
            var previous = i > 0 ? s[i - 1].WordHash : StartHash;
            var next = i + 1 < n ? s[i + 1].WordHash : EndHash;
            keys.Add(FeatureHash.Key(BigramPrev, FeatureHash.Pair(previous, s[i].WordHash)));
            keys.Add(FeatureHash.Key(BigramNext, FeatureHash.Pair(s[i].WordHash, next)));
        }

        if ((features & NerFeatures.Shape) != 0)
        {
            var window = ((long)(i > 0 ? s[i - 1].Forms.Shape : '<') << 16) | ((long)s[i].Forms.Shape << 8) | (i + 1 < n ? s[i + 1].Forms.Shape : '>');
            keys.Add(FeatureHash.Key(ShapeWindow, FeatureHash.Of(window)));
        }

        if (UseClusters && clusters!.Granularities.Count > BigramLevel)
        {
            var here = ClusterId(s[i].WordCluster, BigramLevel);
            var previous = i > 0 ? ClusterId(s[i - 1].WordCluster, BigramLevel) : StartHash;
            var next = i + 1 < n ? ClusterId(s[i + 1].WordCluster, BigramLevel) : EndHash;
            keys.Add(FeatureHash.Key(ClusterBigramPrev, FeatureHash.Pair(previous, here)));
            keys.Add(FeatureHash.Key(ClusterBigramNext, FeatureHash.Pair(here, next)));
        }

        // Gazetteer matches on this token and its neighbours (which gazetteers run is the caller's choice).
        matches.AddKeys(i, GazetteerHere, keys);
        matches.AddKeys(i - 1, GazetteerPrev, keys);
        matches.AddKeys(i + 1, GazetteerNext, keys);
    }

    bool UseClusters => clusters is not null && (features & NerFeatures.Clusters) != 0;

    bool UseTriggers => triggers is not null && (features & NerFeatures.Triggers) != 0;

    static void AddCharGrams(string stem, List<ulong> keys)
    {
        if (stem.Length < GramLength)
        {
            return;
        }

        Span<char> padded = stackalloc char[Math.Min(stem.Length, 64) + 2];
        padded[0] = '^';
        stem.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '$';
        for (var k = 0; k + GramLength <= padded.Length; k++)
        {
            keys.Add(FeatureHash.Key(CharGram, FeatureHash.Of(padded.Slice(k, GramLength))));
        }
    }

    ulong ClusterId(int word, int level) => (ulong)(word < 0 ? UnknownCluster : clusters!.Cluster(word, level));
}
