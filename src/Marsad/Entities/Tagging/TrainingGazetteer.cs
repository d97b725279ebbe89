namespace Marsad.Entities.Tagging;

/// <summary>
/// A gazetteer learned from annotated sentences (the training split only): every entity string with the type it
/// mostly carries, and every word with the tag it mostly carries. Categories grade reliability ("LOC" when the
/// string is that entity in most of its occurrences, "LOC?" when only sometimes) so the model learns how much
/// to trust each. Entries are stored as 64-bit hashes of their folded tokens, so no corpus text is kept.
/// </summary>
internal sealed class TrainingGazetteer : IGazetteerFeatures
{
    // An entry is "strong" when the string is that entity type in at least half of its occurrences in the text.
    const double StrongRatio = 0.5;

    // Below a tenth, the string is mostly an ordinary word (الله, امس) and the entry would only add noise.
    const double WeakRatio = 0.1;

    // A word seen fewer times than this gets its own "rare" categories: one sighting is weak evidence.
    const int FrequentWord = 3;

    readonly PhraseTable _entities;
    readonly PhraseTable _words;

    TrainingGazetteer(PhraseTable entities, PhraseTable words)
    {
        _entities = entities;
        _words = words;
    }

    public string Name => "train";

    public int EntryCount => _entities.Count;

    public void FindMatches(IReadOnlyList<string> folded, IReadOnlyList<string> stems, ICollection<GazetteerMatch> matches)
    {
        _words.FindMatches(folded, stems, matches);
        _entities.FindMatches(folded, stems, matches);
    }

    /// <summary>Collects entity strings and word tags from annotated sentences.</summary>
    public static TrainingGazetteer Build(IEnumerable<NerSentence> sentences)
    {
        var entityTypes = new Dictionary<ulong, Dictionary<string, int>>();
        var entityPrefixes = new Dictionary<ulong, ulong[]>();
        var wordTags = new Dictionary<ulong, Dictionary<string, int>>();
        var keyed = new List<(ulong[] Stems, ulong[] Folded)>();
        foreach (var s in sentences)
        {
            if (s.Tags is null)
            {
                continue;
            }

            var stems = new ulong[s.Count];
            var folded = new ulong[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                var forms = NerWordForms.Of(s.Tokens[i]);
                stems[i] = FeatureHash.Of(forms.Stem);
                folded[i] = FeatureHash.Of(forms.Folded);
                Increment(wordTags, stems[i], s.Tags[i]);
            }

            keyed.Add((stems, folded));
            foreach (var chunk in NerChunk.FromTags(s.Tags))
            {
                if (chunk.Length <= PhraseTable.MaxTokens)
                {
                    var key = PhraseTable.Key(stems, folded, chunk.Start, chunk.End);
                    Increment(entityTypes, key, chunk.Type);
                    entityPrefixes[key] = [.. Enumerable.Range(chunk.Start + 1, chunk.Length - 1).Select(e => PhraseTable.Key(stems, folded, chunk.Start, e))];
                }
            }
        }

        var occurrences = CountOccurrences(keyed, entityTypes, [.. entityPrefixes.Values.SelectMany(p => p)]);
        var entities = new PhraseTable();
        foreach (var (key, types) in entityTypes.OrderBy(p => p.Key))
        {
            var (type, count) = Best(types);
            var ratio = (double)count / Math.Max(count, occurrences.GetValueOrDefault(key));
            if (ratio >= WeakRatio)
            {
                entities.AddKey(key, entityPrefixes[key], ratio >= StrongRatio ? type : type + "?");
            }
        }

        var words = new PhraseTable();
        foreach (var (key, tags) in wordTags.OrderBy(p => p.Key))
        {
            var total = tags.Values.Sum();
            tags.Remove("O");
            if (tags.Count == 0)
            {
                continue;
            }

            var (tag, count) = Best(tags);
            var ratio = (double)count / total;
            if (ratio >= WeakRatio)
            {
                var grade = (ratio >= StrongRatio ? "w" : "w?") + (total < FrequentWord ? "~" : "");
                words.AddKey(key, [], grade + tag);
            }
        }

        return new TrainingGazetteer(entities, words);
    }

    // How often each entity string occurs at all, tagged or not: the share of its uses that are names.
    static Dictionary<ulong, int> CountOccurrences(
        List<(ulong[] Stems, ulong[] Folded)> keyed, Dictionary<ulong, Dictionary<string, int>> entities, HashSet<ulong> prefixes)
    {
        var occurrences = new Dictionary<ulong, int>();
        foreach (var (stems, folded) in keyed)
        {
            for (var i = 0; i < stems.Length; i++)
            {
                var h = stems[i];
                for (var end = i + 1; end <= stems.Length && end - i <= PhraseTable.MaxTokens; end++)
                {
                    if (end > i + 1)
                    {
                        h = FeatureHash.Pair(h, folded[end - 1]);
                    }

                    if (entities.ContainsKey(h))
                    {
                        occurrences[h] = occurrences.GetValueOrDefault(h) + 1;
                    }

                    if (!prefixes.Contains(h))
                    {
                        break;
                    }
                }
            }
        }

        return occurrences;
    }

    public void Write(BinaryWriter writer)
    {
        _entities.Write(writer);
        _words.Write(writer);
    }

    public static TrainingGazetteer Read(BinaryReader reader) => new(PhraseTable.Read(reader), PhraseTable.Read(reader));

    static void Increment(Dictionary<ulong, Dictionary<string, int>> counts, ulong key, string value)
    {
        if (!counts.TryGetValue(key, out var inner))
        {
            counts[key] = inner = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    static (string Key, int Count) Best(Dictionary<string, int> counts)
    {
        var best = ("", -1);
        foreach (var (k, v) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (v > best.Item2)
            {
                best = (k, v);
            }
        }

        return best;
    }
}
