namespace Marsad.Entities.Tagging;

/// <summary>
/// Turns a sentence into feature keys: for every token, a list of 64-bit keys (template number mixed with a
/// value hash) that name its observation features. Features never look at labels; label transitions are
/// scored by the decoder. Immutable and allocation-light, so one instance serves many threads.
/// </summary>
internal sealed class NerFeatureExtractor(NerFeatures features, NerWordClusters? clusters, NerTriggerWords? triggers)
{
    // Template numbers: part of every key, so the same value under two templates is two features.
    const int Bias = 0, Word = 1, Surface = 2, Stem = 3, Proclitic = 4, First = 5;
    const int WordPrev = 10, WordNext = 11, WordPrev2 = 12, WordNext2 = 13, StemPrev = 14, StemNext = 15;
    const int BigramPrev = 16, BigramNext = 17;
    const int PrefixBase = 20, SuffixBase = 25;
    const int ShapeHere = 30, ShapeWindow = 31, LengthBucket = 32;
    const int ClusterHere = 40, ClusterStem = 45, ClusterPrev = 50, ClusterNext = 55;
    const int TriggerHere = 60, TriggerPrev = 61, TriggerPrev2 = 62, TriggerNext = 63;
    const int GazetteerHere = 70, GazetteerPrev = 71, GazetteerNext = 72;

    // Affix lengths: Arabic inflection and clitics add at most three or four letters at either end.
    const int MaxAffix = 4;

    // An out-of-vocabulary word gets this cluster id, so "unknown to the news corpus" is itself a feature.
    const int UnknownCluster = ushort.MaxValue;

    static readonly ulong StartHash = FeatureHash.Of("<s>");
    static readonly ulong EndHash = FeatureHash.Of("</s>");

    public NerFeatures Features => features;

    /// <summary>
    /// Appends the keys of every token of <paramref name="tokens"/> to <paramref name="keys"/>; token i owns
    /// keys [offsets[i], offsets[i + 1]). <paramref name="gazetteers"/> are consulted for match features.
    /// </summary>
    public void Extract(IReadOnlyList<string> tokens, IReadOnlyList<IGazetteerFeatures> gazetteers, List<ulong> keys, List<int> offsets)
    {
        var n = tokens.Count;
        var s = new SentenceView(n);
        for (var i = 0; i < n; i++)
        {
            var forms = NerWordForms.Of(tokens[i] ?? "");
            s.Forms[i] = forms;
            s.Folded[i] = forms.Folded;
            s.Stems[i] = forms.Stem;
            s.WordHash[i] = FeatureHash.Of(forms.Folded);
            s.StemHash[i] = FeatureHash.Of(forms.Stem);
            s.Trigger[i] = triggers?.ClassOf(forms) is { } cls ? FeatureHash.Of(cls) : 0;
            s.WordCluster[i] = clusters is null ? -1 : FindCluster(forms);
            s.StemCluster[i] = clusters is null || forms.Stem.Length == forms.Folded.Length ? -1 : clusters.Find(forms.Stem);
        }

        s.CollectMatches(gazetteers);

        offsets.Add(keys.Count);
        for (var i = 0; i < n; i++)
        {
            AddToken(s, tokens[i] ?? "", i, keys);
            offsets.Add(keys.Count);
        }
    }

    void AddToken(SentenceView s, string surface, int i, List<ulong> keys)
    {
        var forms = s.Forms[i];
        keys.Add(FeatureHash.Key(Bias, 0));
        keys.Add(FeatureHash.Key(Word, s.WordHash[i]));
        if (!surface.Equals(forms.Folded, StringComparison.Ordinal))
        {
            keys.Add(FeatureHash.Key(Surface, FeatureHash.Of(surface)));
        }

        if (i == 0)
        {
            keys.Add(FeatureHash.Key(First, 1));
        }

        if ((features & NerFeatures.Clitics) != 0)
        {
            keys.Add(FeatureHash.Key(Stem, s.StemHash[i]));
            keys.Add(FeatureHash.Key(Proclitic, FeatureHash.Of(forms.Proclitic)));
        }

        if ((features & NerFeatures.Context) != 0)
        {
            keys.Add(FeatureHash.Key(WordPrev, s.Word(i - 1)));
            keys.Add(FeatureHash.Key(WordNext, s.Word(i + 1)));
            keys.Add(FeatureHash.Key(WordPrev2, s.Word(i - 2)));
            keys.Add(FeatureHash.Key(WordNext2, s.Word(i + 2)));
            keys.Add(FeatureHash.Key(StemPrev, s.StemOf(i - 1)));
            keys.Add(FeatureHash.Key(StemNext, s.StemOf(i + 1)));
            keys.Add(FeatureHash.Key(BigramPrev, FeatureHash.Pair(s.Word(i - 1), s.WordHash[i])));
            keys.Add(FeatureHash.Key(BigramNext, FeatureHash.Pair(s.WordHash[i], s.Word(i + 1))));
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

        if ((features & NerFeatures.Shape) != 0)
        {
            keys.Add(FeatureHash.Key(ShapeHere, forms.Shape));
            var window = ((long)s.ShapeOf(i - 1) << 16) | ((long)forms.Shape << 8) | s.ShapeOf(i + 1);
            keys.Add(FeatureHash.Key(ShapeWindow, FeatureHash.Of(window)));
            keys.Add(FeatureHash.Key(LengthBucket, (ulong)Math.Min(forms.Folded.Length, 12)));
        }

        if (clusters is not null && (features & NerFeatures.Clusters) != 0)
        {
            AddClusters(s, i, keys);
        }

        if (triggers is not null && (features & NerFeatures.Triggers) != 0)
        {
            keys.Add(FeatureHash.Key(TriggerHere, s.TriggerOf(i)));
            keys.Add(FeatureHash.Key(TriggerPrev, s.TriggerOf(i - 1)));
            keys.Add(FeatureHash.Key(TriggerPrev2, s.TriggerOf(i - 2)));
            keys.Add(FeatureHash.Key(TriggerNext, s.TriggerOf(i + 1)));
        }

        // Gazetteer matches on this token and its neighbours (which gazetteers run is the caller's choice).
        s.AddMatches(i, GazetteerHere, keys);
        s.AddMatches(i - 1, GazetteerPrev, keys);
        s.AddMatches(i + 1, GazetteerNext, keys);
    }

    void AddClusters(SentenceView s, int i, List<ulong> keys)
    {
        var levels = clusters!.Granularities.Count;
        for (var g = 0; g < levels; g++)
        {
            keys.Add(FeatureHash.Key(ClusterHere + g, ClusterId(s.WordCluster[i], g)));
            if (s.StemCluster[i] >= 0)
            {
                keys.Add(FeatureHash.Key(ClusterStem + g, ClusterId(s.StemCluster[i], g)));
            }

            keys.Add(FeatureHash.Key(ClusterPrev + g, i > 0 ? ClusterId(s.WordCluster[i - 1], g) : StartHash));
            keys.Add(FeatureHash.Key(ClusterNext + g, i + 1 < s.Count ? ClusterId(s.WordCluster[i + 1], g) : EndHash));
        }
    }

    // A surface form the news never showed (وبالكاظمي) falls back to its stem (كاظمي).
    int FindCluster(in NerWordForms forms) => clusters!.Find(forms.Folded) is var w and >= 0 ? w : clusters.Find(forms.Stem);

    ulong ClusterId(int word, int level) => (ulong)(word < 0 ? UnknownCluster : clusters!.Cluster(word, level));

    /// <summary>Per-sentence scratch: token forms, hashes and gazetteer matches.</summary>
    sealed class SentenceView(int n)
    {
        public readonly NerWordForms[] Forms = new NerWordForms[n];
        public readonly string[] Folded = new string[n];
        public readonly string[] Stems = new string[n];
        public readonly ulong[] WordHash = new ulong[n];
        public readonly ulong[] StemHash = new ulong[n];
        public readonly ulong[] Trigger = new ulong[n];
        public readonly int[] WordCluster = new int[n];
        public readonly int[] StemCluster = new int[n];
        readonly List<(int Token, ulong Value)> _matches = [];

        public int Count => n;

        public ulong Word(int i) => i < 0 ? StartHash : i >= n ? EndHash : WordHash[i];

        public ulong StemOf(int i) => i < 0 ? StartHash : i >= n ? EndHash : StemHash[i];

        public char ShapeOf(int i) => i < 0 ? '<' : i >= n ? '>' : Forms[i].Shape;

        public ulong TriggerOf(int i) => i < 0 ? StartHash : i >= n ? EndHash : Trigger[i];

        public void CollectMatches(IReadOnlyList<IGazetteerFeatures> gazetteers)
        {
            var found = new List<GazetteerMatch>();
            foreach (var gazetteer in gazetteers)
            {
                found.Clear();
                gazetteer.FindMatches(Folded, Stems, found);
                var name = FeatureHash.Of(gazetteer.Name);
                foreach (var m in found)
                {
                    var category = FeatureHash.Pair(name, FeatureHash.Of(m.Category));
                    for (var t = Math.Max(0, m.Start); t < Math.Min(n, m.End); t++)
                    {
                        // First token, inside token and single-token entries are three different signals.
                        var position = m.End - m.Start == 1 ? 'U' : t == m.Start ? 'B' : 'I';
                        _matches.Add((t, FeatureHash.Pair(category, position)));
                    }
                }
            }

            _matches.Sort((a, b) => a.Token.CompareTo(b.Token));
        }

        public void AddMatches(int token, int template, List<ulong> keys)
        {
            foreach (var (t, value) in _matches)
            {
                if (t == token)
                {
                    keys.Add(FeatureHash.Key(template, value));
                }
            }
        }
    }
}
