using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Which mention starts at, or covers, each token of a document. A mention may start inside a token (after its
/// proclitics: لإيران), so it is filed under the token that holds its first character. When candidates overlap, the
/// longest one starting at a token is the one filed.
/// </summary>
internal sealed class MentionIndex
{
    readonly Mention?[] _starting;
    readonly Mention?[] _covering;
    readonly int[] _lastToken;

    public MentionIndex(Document doc, IEnumerable<Mention> mentions)
    {
        var n = doc.Tokens.Length;
        _starting = new Mention?[n];
        _covering = new Mention?[n];
        _lastToken = new int[n];
        foreach (var m in mentions)
        {
            var first = TokenAt(doc, m.Span.Start);
            if (first < 0)
            {
                continue;
            }

            var last = first;
            while (last + 1 < n && doc.Tokens[last + 1].Span.Start < m.Span.End)
            {
                last++;
            }

            if (_starting[first] is not { } existing || existing.Span.Length < m.Span.Length)
            {
                _starting[first] = m;
                _lastToken[first] = last;
            }

            for (var i = first; i <= last; i++)
            {
                if (_covering[i] is not { } c || c.Span.Length < m.Span.Length)
                {
                    _covering[i] = m;
                }
            }
        }
    }

    /// <summary>The longest mention whose first character is in token <paramref name="i"/>.</summary>
    public Mention? StartingAt(int i) => i >= 0 && i < _starting.Length ? _starting[i] : null;

    /// <summary>The last token of the mention filed at <paramref name="i"/> (see <see cref="StartingAt"/>).</summary>
    public int LastTokenOf(int i) => _lastToken[i];

    /// <summary>The longest mention touching token <paramref name="i"/>.</summary>
    public Mention? Covering(int i) => i >= 0 && i < _covering.Length ? _covering[i] : null;

    /// <summary>Index of the token holding character <paramref name="offset"/>, or -1 when it falls between tokens.</summary>
    public static int TokenAt(Document doc, int offset)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = tokens[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
