using System.Text.RegularExpressions;
using Marsad.Arabic;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Learns <see cref="NerWordClusters"/> from unlabeled Arabic text: folds and tokenizes it, trains skip-gram
/// vectors (<see cref="SkipGramEmbedder"/>), gives every proclitic-free stem the count-weighted mean vector of
/// its surface forms (so عراق gets a vector from العراق، والعراق، للعراق), and runs spherical k-means at each
/// granularity. Deterministic for a given corpus, options and seed. A separate step from training because it
/// reads the whole news corpus; its output ships as <c>data/models/ner-clusters.v1.bin</c>.
/// </summary>
public static partial class NerClusterLearner
{
    /// <summary>Learns clusters from documents (each a block of text; lines are treated as sentences).</summary>
    public static NerWordClusters Learn(IEnumerable<string> documents, NerClusterOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Dimensions % 8 != 0)
        {
            throw new ArgumentException("Dimensions must be a multiple of 8.", nameof(options));
        }

        var lines = new List<string[]>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var line in document.Split('\n'))
            {
                var tokens = Tokenize(line, fold: true);
                if (tokens.Length == 0)
                {
                    continue;
                }

                lines.Add(tokens);
                foreach (var t in tokens)
                {
                    counts[t] = counts.GetValueOrDefault(t) + 1;
                }
            }
        }

        // Frequent words first, ties by spelling: a fixed vocabulary order for a fixed corpus.
        var vocabulary = counts.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var ids = vocabulary.Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var sentences = lines.Select(l => l.Where(ids.ContainsKey).Select(t => ids[t]).ToArray()).Where(s => s.Length > 1).ToList();
        progress?.Invoke($"{counts.Values.Sum():N0} tokens, {counts.Count:N0} types, {vocabulary.Length:N0} with ≥ {options.MinCount} occurrences");

        var d = options.Dimensions;
        var vectors = new SkipGramEmbedder(options).Train(sentences, [.. vocabulary.Select(p => p.Value)], progress);
        var (words, wordCounts, all) = AddStems(vocabulary, vectors, d);
        SphericalKMeans.Normalize(all, d);
        var levels = new ushort[options.Granularities.Count][];
        for (var g = 0; g < levels.Length; g++)
        {
            levels[g] = SphericalKMeans.Cluster(all, d, options.Granularities[g], options.KMeansIterations, options.Seed + g);
            progress?.Invoke($"k-means k={options.Granularities[g]} done");
        }

        return new NerWordClusters(words, wordCounts, [.. options.Granularities], levels);
    }

    /// <summary>The <c>&lt;TEXT&gt;</c> bodies of TREC-style news files under a folder, in ordinal path order.</summary>
    public static IEnumerable<string> ReadTrecText(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var match = TextElement().Match(File.ReadAllText(path));
            if (match.Success)
            {
                yield return match.Groups[1].Value;
            }
        }
    }

    /// <summary>
    /// Every line of the <c>&lt;TEXT&gt;</c> bodies under a folder as tokens (not folded), the unlabeled text a two-pass
    /// model tags for label priors (<see cref="NerTrainingOptions.Unlabeled"/>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> ReadSentences(string folder) =>
        [.. ReadTrecText(folder).SelectMany(t => t.Split('\n')).Select(l => Tokenize(l, fold: false)).Where(t => t.Length > 0)];

    /// <summary>Tokens of one line: runs of letters and digits, and each punctuation mark on its own; folded on request.</summary>
    internal static string[] Tokenize(string line, bool fold)
    {
        var tokens = new List<string>();
        foreach (var chunk in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = -1;
            for (var i = 0; i <= chunk.Length; i++)
            {
                var inWord = i < chunk.Length && IsWordChar(chunk[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    Add(chunk[start..i]);
                    start = -1;
                }

                if (i < chunk.Length && !inWord)
                {
                    Add(chunk[i].ToString());
                }
            }
        }

        return [.. tokens];

        void Add(string token)
        {
            var form = fold ? ArabicFolding.Fold(token) : token;
            if (form.Length > 0)
            {
                tokens.Add(form);
            }
        }
    }

    static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel || ArabicLetters.IsInvisibleFormat(c);

    // A stem that is not itself a vocabulary word gets the count-weighted mean of its surface forms' vectors.
    static (string[] Words, int[] Counts, float[] Vectors) AddStems(KeyValuePair<string, long>[] vocabulary, float[] vectors, int d)
    {
        var known = vocabulary.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var stems = new Dictionary<string, (double[] Sum, long Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var word = vocabulary[i].Key;
            var cut = NerWordForms.ProcliticLength(word);
            if (cut == 0 || known.Contains(word[cut..]))
            {
                continue;
            }

            var stem = word[cut..];
            if (!stems.TryGetValue(stem, out var acc))
            {
                acc = (new double[d], 0);
                order.Add(stem);
            }

            var row = vectors.AsSpan(i * d, d);
            var norm = MathF.Sqrt(SphericalKMeans.Dot(row, row));
            for (var j = 0; j < d; j++)
            {
                acc.Sum[j] += vocabulary[i].Value * row[j] / Math.Max(norm, 1e-6f);
            }

            stems[stem] = (acc.Sum, acc.Count + vocabulary[i].Value);
        }

        var words = new string[vocabulary.Length + order.Count];
        var counts = new int[words.Length];
        var all = new float[words.Length * d];
        vectors.AsSpan(0, vocabulary.Length * d).CopyTo(all);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            words[i] = vocabulary[i].Key;
            counts[i] = (int)Math.Min(int.MaxValue, vocabulary[i].Value);
        }

        for (var s = 0; s < order.Count; s++)
        {
            var i = vocabulary.Length + s;
            words[i] = order[s];
            var (sum, count) = stems[order[s]];
            counts[i] = (int)Math.Min(int.MaxValue, count);
            for (var j = 0; j < d; j++)
            {
                all[(i * d) + j] = (float)(sum[j] / count);
            }
        }

        return (words, counts, all);
    }

    [GeneratedRegex(@"<TEXT>\s*(.*?)\s*</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
