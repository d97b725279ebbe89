namespace Marsad.Entities.Tagging;

/// <summary>A tagged entity: tokens [Start, End) of one sentence and its type (<c>PERS</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>).</summary>
public readonly record struct NerChunk(int Start, int End, string Type)
{
    public int Length => End - Start;

    /// <summary>
    /// Chunks of an IOB2 tag sequence, read the way CoNLL's conlleval reads them: a chunk starts at every
    /// <c>B-X</c> and at every <c>I-X</c> that does not continue an X chunk (after <c>O</c> or another type);
    /// anything that is not <c>B-</c>/<c>I-</c> counts as outside.
    /// </summary>
    public static IReadOnlyList<NerChunk> FromTags(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<NerChunk>();
        var start = -1;
        string? type = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, tagType) = Split(tags[i]);
            var continues = prefix == 'I' && type is not null && tagType == type;
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                chunks.Add(new NerChunk(start, i, type));
                type = null;
            }

            if (prefix is 'B' or 'I')
            {
                start = i;
                type = tagType;
            }
        }

        if (type is not null)
        {
            chunks.Add(new NerChunk(start, tags.Count, type));
        }

        return chunks;
    }

    static (char Prefix, string Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' ? (tag[0], tag[2..]) : ('O', "");
}
