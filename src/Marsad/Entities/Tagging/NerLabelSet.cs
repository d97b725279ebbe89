namespace Marsad.Entities.Tagging;

/// <summary>
/// The IOB2 label inventory of a model: label 0 is <c>O</c>, then <c>B-T</c> = 1 + 2k and <c>I-T</c> = 2 + 2k for
/// the k-th entity type in ordinal order. Also knows which label pairs IOB2 allows (I-T only after B-T or I-T).
/// </summary>
internal sealed class NerLabelSet
{
    public const int Outside = 0;

    readonly string[] _tags;
    readonly Dictionary<string, int> _index;

    public NerLabelSet(IEnumerable<string> types)
    {
        Types = [.. types.Distinct().Order(StringComparer.Ordinal)];
        _tags = new string[1 + (2 * Types.Count)];
        _tags[Outside] = "O";
        for (var k = 0; k < Types.Count; k++)
        {
            _tags[1 + (2 * k)] = "B-" + Types[k];
            _tags[2 + (2 * k)] = "I-" + Types[k];
        }

        _index = _tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Types { get; }

    public int Count => _tags.Length;

    public string this[int label] => _tags[label];

    /// <summary>Label index of a tag; tags the model does not know (or malformed ones) read as <c>O</c>.</summary>
    public int IndexOf(string tag) => _index.GetValueOrDefault(tag, Outside);

    public static bool IsInside(int label) => label != Outside && label % 2 == 0;

    /// <summary>
    /// IOB2 well-formedness: I-T may only follow B-T or I-T; <paramref name="previous"/> = -1 means sentence start.
    /// Decoding under this constraint never emits an orphan I- tag.
    /// </summary>
    public static bool Allowed(int previous, int label)
    {
        if (!IsInside(label))
        {
            return true;
        }

        return previous > Outside && (previous - 1) / 2 == (label - 1) / 2;
    }

    /// <summary>The entity types present in annotated sentences (the part after <c>B-</c>/<c>I-</c>).</summary>
    public static NerLabelSet FromSentences(IEnumerable<NerSentence> sentences)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var tag in s.Tags ?? [])
            {
                if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I')
                {
                    types.Add(tag[2..]);
                }
            }
        }

        return new NerLabelSet(types);
    }
}
