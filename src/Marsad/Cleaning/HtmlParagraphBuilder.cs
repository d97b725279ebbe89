using System.Text;
using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// Collects the text of HTML blocks into paragraphs the way a browser lays them out: whitespace runs collapse to
/// one space, a block boundary ends the paragraph. Each paragraph keeps, per character, where it came from, and
/// becomes a <see cref="PageLine"/> whose segments map it to the raw page (a collapsed run maps to its first raw
/// character).
/// </summary>
internal sealed class HtmlParagraphBuilder
{
    readonly StringBuilder _text = new();
    readonly List<CharSource> _sources = [];
    bool _pendingSpace;
    CharSource _spaceSource;
    int _spaceRun;

    public List<PageLine> Lines { get; } = [];

    public void Append(string data, CharSource[] sources)
    {
        for (var k = 0; k < data.Length; k++)
        {
            var c = data[k];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!_pendingSpace)
                {
                    _pendingSpace = true;
                    _spaceSource = sources[k];
                    _spaceRun = 0;
                }

                _spaceSource = _spaceRun == 0 && c == ' ' ? _spaceSource : _spaceSource with { Copy = false };
                _spaceRun++;
                continue;
            }

            if (_pendingSpace && _text.Length > 0)
            {
                // One raw space is copied; a longer run, or a newline or tab, becomes an inserted space at the run's start.
                var copy = _spaceRun == 1 && _spaceSource.Copy;
                _text.Append(' ');
                _sources.Add(copy ? _spaceSource : new CharSource(_spaceSource.Raw, 0, false));
            }

            _pendingSpace = false;
            _text.Append(c);
            _sources.Add(sources[k]);
        }
    }

    /// <summary>Ends the current paragraph at a block boundary.</summary>
    public int Break()
    {
        _pendingSpace = false;
        if (_text.Length == 0)
        {
            return Lines.Count;
        }

        Lines.Add(ToLine());
        _text.Clear();
        _sources.Clear();
        return Lines.Count;
    }

    PageLine ToLine()
    {
        var segments = new List<OffsetSegment>();
        var i = 0;
        while (i < _sources.Count)
        {
            var s = _sources[i];
            var j = i + 1;
            if (s.Copy)
            {
                while (j < _sources.Count && _sources[j].Copy && _sources[j].Raw == s.Raw + (j - i))
                {
                    j++;
                }

                segments.Add(new OffsetSegment(i, j - i, s.Raw, j - i));
            }
            else
            {
                while (j < _sources.Count && !_sources[j].Copy && _sources[j].Raw == s.Raw && _sources[j].RawLength == s.RawLength)
                {
                    j++;
                }

                // A non-copy stretch must not look like a copy (equal lengths): then it maps to its start only.
                var rawLength = s.RawLength == j - i ? 0 : s.RawLength;
                segments.Add(new OffsetSegment(i, j - i, s.Raw, rawLength));
            }

            i = j;
        }

        var first = _sources[0].Raw;
        var lastSource = _sources[^1];
        var end = Math.Max(first, lastSource.Raw + Math.Max(1, lastSource.RawLength));
        return new PageLine(_text.ToString(), [.. segments], new TextSpan(first, end));
    }
}
