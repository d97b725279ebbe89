namespace Marsad.Entities.Tagging;

/// <summary>
/// Phrases of up to <see cref="MaxTokens"/> tokens, each with a category, stored as 64-bit hashes: the first
/// token by its stem (so وبغداد finds بغداد), the rest by their folded forms. Lookup walks forward from each
/// token while the hashed prefix is known, so a sentence costs a few hash probes per token and no allocation.
/// </summary>
internal sealed class PhraseTable
{
    /// <summary>Longest phrase kept, in tokens; longer names in ANERcorp are rare organisation titles.</summary>
    public const int MaxTokens = 6;

    readonly List<string> _categories = [];
    readonly Dictionary<ulong, int> _entries = [];
    readonly HashSet<ulong> _prefixes = [];

    public int Count => _entries.Count;

    /// <summary>The hash key of tokens [start, end), given per-token stem and folded hashes.</summary>
    public static ulong Key(ReadOnlySpan<ulong> stems, ReadOnlySpan<ulong> folded, int start, int end)
    {
        var h = stems[start];
        for (var j = start + 1; j < end; j++)
        {
            h = FeatureHash.Pair(h, folded[j]);
        }

        return h;
    }

    /// <summary>Adds a phrase given as per-token hashes; a later category for the same phrase replaces it.</summary>
    public void Add(ReadOnlySpan<ulong> stems, ReadOnlySpan<ulong> folded, string category)
    {
        if (stems.Length is 0 or > MaxTokens)
        {
            return;
        }

        var h = stems[0];
        for (var j = 1; j < stems.Length; j++)
        {
            _prefixes.Add(h);
            h = FeatureHash.Pair(h, folded[j]);
        }

        _entries[h] = CategoryIndex(category);
    }

    /// <summary>Adds a phrase written as text (tokens separated by spaces), e.g. a row of a hand-written table.</summary>
    public void Add(string phrase, string category)
    {
        var tokens = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stems = new ulong[tokens.Length];
        var folded = new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var forms = NerWordForms.Of(tokens[i]);
            stems[i] = FeatureHash.Of(forms.Stem);
            folded[i] = FeatureHash.Of(forms.Folded);
        }

        Add(stems, folded, category);
    }

    /// <summary>Adds a phrase by its final hash key (see <see cref="Key"/>) together with its prefix keys.</summary>
    public void AddKey(ulong key, IEnumerable<ulong> prefixKeys, string category)
    {
        _prefixes.UnionWith(prefixKeys);
        _entries[key] = CategoryIndex(category);
    }

    public void FindMatches(IReadOnlyList<string> folded, IReadOnlyList<string> stems, ICollection<GazetteerMatch> matches)
    {
        if (_entries.Count == 0)
        {
            return;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            var h = FeatureHash.Of(stems[i]);
            for (var end = i + 1; end <= folded.Count && end - i <= MaxTokens; end++)
            {
                if (end > i + 1)
                {
                    h = FeatureHash.Pair(h, FeatureHash.Of(folded[end - 1]));
                }

                if (_entries.TryGetValue(h, out var c))
                {
                    matches.Add(new GazetteerMatch(i, end, _categories[c]));
                }

                if (!_prefixes.Contains(h))
                {
                    break;
                }
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_categories.Count);
        foreach (var c in _categories)
        {
            writer.Write(c);
        }

        writer.Write(_entries.Count);
        foreach (var (k, v) in _entries.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write((ushort)v);
        }

        writer.Write(_prefixes.Count);
        foreach (var p in _prefixes.Order())
        {
            writer.Write(p);
        }
    }

    public static PhraseTable Read(BinaryReader reader)
    {
        var table = new PhraseTable();
        var categories = reader.ReadInt32();
        for (var i = 0; i < categories; i++)
        {
            table._categories.Add(string.Intern(reader.ReadString()));
        }

        var n = reader.ReadInt32();
        table._entries.EnsureCapacity(n);
        for (var i = 0; i < n; i++)
        {
            table._entries[reader.ReadUInt64()] = reader.ReadUInt16();
        }

        n = reader.ReadInt32();
        table._prefixes.EnsureCapacity(n);
        for (var i = 0; i < n; i++)
        {
            table._prefixes.Add(reader.ReadUInt64());
        }

        return table;
    }

    int CategoryIndex(string category)
    {
        var i = _categories.IndexOf(category);
        if (i < 0)
        {
            _categories.Add(category);
            i = _categories.Count - 1;
        }

        return i;
    }
}
