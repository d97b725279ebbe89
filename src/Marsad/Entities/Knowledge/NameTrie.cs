using System.Collections.Frozen;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// A trie over folded token sequences: every distinct name word gets an integer id, and an edge is the pair
/// (node, word id) packed in a long, so walking a name costs one frozen-dictionary probe per token and looking up
/// a token's slice (the word without its proclitics) needs no string allocation.
/// </summary>
internal sealed class NameTrie
{
    public const int Root = 0;
    public const int None = -1;

    readonly FrozenDictionary<string, int> _words;
    readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    readonly FrozenDictionary<long, int> _edges;
    readonly NameTarget[][] _targets;

    NameTrie(Dictionary<string, int> words, Dictionary<long, int> edges, List<List<NameTarget>> targets)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges.ToFrozenDictionary();
        _targets = [.. targets.Select(t => t.ToArray())];
    }

    /// <summary>Every word that occurs in some name.</summary>
    public IEnumerable<string> Words => _words.Keys;

    public int WordId(ReadOnlySpan<char> word) => _wordsBySpan.TryGetValue(word, out var id) ? id : None;

    public int Next(int node, int wordId) =>
        wordId < 0 || node < 0 ? None : _edges.TryGetValue(((long)node << 32) | (uint)wordId, out var child) ? child : None;

    /// <summary>The entries whose name ends at this node (empty for inner nodes).</summary>
    public NameTarget[] TargetsAt(int node) => _targets[node];

    /// <summary>Collects names, then freezes them into a trie.</summary>
    public sealed class Builder
    {
        readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        readonly Dictionary<long, int> _edges = [];
        readonly List<List<NameTarget>> _targets = [[]];

        public void Add(string[] words, NameTarget target)
        {
            var node = Root;
            foreach (var word in words)
            {
                if (!_words.TryGetValue(word, out var id))
                {
                    id = _words.Count;
                    _words.Add(word, id);
                }

                var key = ((long)node << 32) | (uint)id;
                if (!_edges.TryGetValue(key, out var child))
                {
                    child = _targets.Count;
                    _targets.Add([]);
                    _edges.Add(key, child);
                }

                node = child;
            }

            var here = _targets[node];
            var existing = here.FindIndex(t => t.Entry == target.Entry);
            if (existing < 0)
            {
                here.Add(target);
            }
            else
            {
                // The same entry reached by two spellings: it fires alone if either spelling may.
                var old = here[existing];
                here[existing] = old with { NotAlone = old.NotAlone && target.NotAlone, Nisba = old.Nisba || target.Nisba };
            }
        }

        public NameTrie Build() => new(_words, _edges, _targets);
    }
}

/// <summary>
/// One entry a name leads to. <see cref="NotAlone"/>: a one-word name that is a common word, a common given name
/// or marked ambiguous, so it never fires as a mention on its own. <see cref="Nisba"/>: a one-word name that is
/// also a nationality adjective (السعودية), which fires only where it cannot be read as an adjective.
/// </summary>
internal readonly record struct NameTarget(int Entry, bool NotAlone, bool Nisba);
