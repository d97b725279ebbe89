using AngleSharp.Html;

namespace Marsad.Cleaning;

/// <summary>Where one character of a decoded HTML text node came from in the raw page.</summary>
/// <param name="Raw">Raw offset of the character, or of the entity / line break it was decoded from.</param>
/// <param name="RawLength">Raw characters behind it: 1 for a copy, the entity's length for a decoded entity.</param>
/// <param name="Copy">True when the raw character is this very character.</param>
internal readonly record struct CharSource(int Raw, int RawLength, bool Copy);

/// <summary>
/// Finds the raw offsets of AngleSharp text nodes. Elements carry their source position; text nodes do not, so the
/// aligner keeps a cursor in the raw page, re-synchronised at every element, skips markup, and walks each node's
/// decoded text against the raw characters: entities map to the entity's start, CRLF (normalised to LF by the HTML
/// parser) to the CR. Where the parser moved text (foster-parenting in broken tables), the rest of that node maps to
/// the cursor rather than to a wrong character.
/// </summary>
internal sealed class HtmlTextAligner(string raw)
{
    /// <summary>Entities longer than this are not entities (the longest named one is 33 characters).</summary>
    const int MaxEntityLength = 40;

    /// <summary>Characters of a node matched to find where it continues after a mismatch.</summary>
    const int ResyncProbe = 4;

    /// <summary>How far ahead a node's continuation is looked for: a dropped tag or a stray character or two.</summary>
    const int ResyncWindow = 64;

    int _cursor;

    /// <summary>
    /// Moves the cursor to an element's start tag, when the source really has that tag there: elements the parser
    /// implied (a missing &lt;body&gt;) carry the position of some other token.
    /// </summary>
    public void SyncTo(int position, string localName)
    {
        if (position >= 0 && position + 1 + localName.Length <= raw.Length && raw[position] == '<'
            && raw.AsSpan(position + 1, localName.Length).Equals(localName, StringComparison.OrdinalIgnoreCase))
        {
            _cursor = position;
        }
    }

    public int Cursor => _cursor;

    /// <param name="data">The node's decoded text.</param>
    /// <param name="rawText">The node is the content of a raw-text element (script, style, textarea, title): a '&lt;'
    /// in it is text, not a tag, and entities are not decoded.</param>
    public CharSource[] Align(string data, bool rawText)
    {
        var sources = new CharSource[data.Length];
        var p = SkipMarkup(_cursor);
        var k = 0;
        while (k < data.Length)
        {
            if (p >= raw.Length)
            {
                Fill(sources, k, Math.Max(0, raw.Length - 1));
                break;
            }

            var c = data[k];
            var r = raw[p];
            if (r == '&' && !rawText && TryEntity(p, data, k, out var entityLength, out var decodedLength))
            {
                for (var j = 0; j < decodedLength; j++)
                {
                    sources[k + j] = new CharSource(p, entityLength, false);
                }

                k += decodedLength;
                p += entityLength;
            }
            else if (r == '<' && !rawText && SkipMarkup(p) is var tagEnd && tagEnd > p)
            {
                // A '<' that opens a tag or comment was markup to the parser, even where the text has a '<' next.
                p = tagEnd;
            }
            else if (r == c)
            {
                sources[k++] = new CharSource(p++, 1, true);
            }
            else if (r == '\r' && c == '\n')
            {
                var width = p + 1 < raw.Length && raw[p + 1] == '\n' ? 2 : 1;
                sources[k++] = new CharSource(p, width, false);
                p += width;
            }
            else if (c == '\uFFFD' && char.IsControl(r))
            {
                // The parser replaced a NUL (or another unusable character) with U+FFFD.
                sources[k++] = new CharSource(p++, 1, false);
            }
            else if (char.IsControl(r))
            {
                // Whitespace and control characters the parser dropped (before <html>, NULs in body text).
                p++;
            }
            else if (char.IsWhiteSpace(r))
            {
                // Whitespace the parser dropped (before <html>, between table parts).
                p++;
            }
            else if (Resync(p, data, k) is var found && found > p)
            {
                p = found;
            }
            else
            {
                // Lost: the rest of the node maps to the next boundary (markup, whitespace or an entity) rather than
                // to an unrelated character in the middle of raw text.
                Fill(sources, k, NextBoundary(p));
                break;
            }
        }

        _cursor = p;
        return sources;
    }

    /// <summary>
    /// After a mismatch (text the parser moved or dropped), the raw position where the rest of the node continues:
    /// the next occurrence of its next few characters within a short window, or -1.
    /// </summary>
    int Resync(int p, string data, int k)
    {
        var window = raw.AsSpan(p, Math.Min(ResyncWindow, raw.Length - p));
        var at = window.IndexOf(data.AsSpan(k, Math.Min(ResyncProbe, data.Length - k)), StringComparison.Ordinal);
        if (at < 0)
        {
            // The next characters may include an entity: look for the next one alone.
            at = window.IndexOf(data[k]);
        }

        return at > 0 ? p + at : -1;
    }

    int NextBoundary(int p)
    {
        for (var i = p; i < raw.Length; i++)
        {
            if (raw[i] is '<' or '&' || char.IsWhiteSpace(raw[i]))
            {
                return i;
            }
        }

        return p;
    }

    static void Fill(CharSource[] sources, int from, int at)
    {
        for (var i = from; i < sources.Length; i++)
        {
            sources[i] = new CharSource(at, 0, false);
        }
    }

    /// <summary>Skips tags and comments starting at <paramref name="p"/>; returns the first text position.</summary>
    int SkipMarkup(int p)
    {
        while (p + 1 < raw.Length && raw[p] == '<' && (char.IsAsciiLetter(raw[p + 1]) || raw[p + 1] is '/' or '!' or '?'))
        {
            if (string.CompareOrdinal(raw, p, "<!--", 0, 4) == 0)
            {
                var end = raw.IndexOf("-->", p + 4, StringComparison.Ordinal);
                p = end < 0 ? raw.Length : end + 3;
                continue;
            }

            // Scan to the tag's '>', skipping quoted attribute values (which may hold '>').
            var quote = '\0';
            var afterEquals = false;
            var i = p + 1;
            for (; i < raw.Length; i++)
            {
                var ch = raw[i];
                if (quote != '\0')
                {
                    quote = ch == quote ? '\0' : quote;
                }
                else if (ch is '"' or '\'' && afterEquals)
                {
                    quote = ch;
                    afterEquals = false;
                }
                else if (ch == '>')
                {
                    break;
                }
                else if (!char.IsWhiteSpace(ch))
                {
                    afterEquals = ch == '=';
                }
            }

            p = Math.Min(raw.Length, i + 1);
        }

        return p;
    }

    /// <summary>Recognises the entity at <paramref name="p"/> that decoded to <c>data[k..]</c>.</summary>
    bool TryEntity(int p, string data, int k, out int entityLength, out int decodedLength)
    {
        entityLength = decodedLength = 0;
        var e = p + 1;
        while (e < raw.Length && e - p < MaxEntityLength && (char.IsAsciiLetterOrDigit(raw[e]) || raw[e] == '#'))
        {
            e++;
        }

        var hasSemicolon = e < raw.Length && raw[e] == ';';
        if (e == p + 1)
        {
            return false;
        }

        var name = raw.AsSpan(p + 1, e - p - 1);
        var decoded = Decode(name, hasSemicolon);
        if (decoded is not null && data.AsSpan(k).StartsWith(decoded, StringComparison.Ordinal))
        {
            decodedLength = decoded.Length;
        }
        else if (data[k] != '&')
        {
            // An entity the table below does not know (a legacy prefix match, a windows-1252 numeric reference):
            // the parser decoded it to the character we see.
            decodedLength = char.IsHighSurrogate(data[k]) && k + 1 < data.Length ? 2 : 1;
        }
        else
        {
            return false;
        }

        entityLength = e - p + (hasSemicolon ? 1 : 0);
        return true;
    }

    static string? Decode(ReadOnlySpan<char> name, bool hasSemicolon)
    {
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            return int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32(code)
                : null;
        }

        return HtmlEntityProvider.Resolver.GetSymbol(hasSemicolon ? string.Concat(name, ";") : name.ToString());
    }
}
