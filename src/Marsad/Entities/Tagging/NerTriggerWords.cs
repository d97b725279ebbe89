using System.Collections.Frozen;
using Marsad.Resources;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Hand-written trigger words (titles, organisation and place heads, speech verbs, currencies) from
/// <c>data/ner/triggers.tsv</c>, keyed by folded stem. The tagger reads the class of the words around a token.
/// </summary>
internal sealed class NerTriggerWords
{
    public const string TableName = "ner/triggers.tsv";

    readonly FrozenDictionary<string, string> _classes;

    public NerTriggerWords(IEnumerable<(string Word, string Class)> rows)
    {
        Rows = [.. rows];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, cls) in Rows)
        {
            var forms = NerWordForms.Of(word);
            map.TryAdd(forms.Stem, string.Intern(cls));
            map.TryAdd(forms.Folded, string.Intern(cls));
        }

        _classes = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The table rows as given, kept so a model can carry the exact table it was trained with.</summary>
    public IReadOnlyList<(string Word, string Class)> Rows { get; }

    /// <summary>The trigger class of a token (by folded form, then by stem), or null.</summary>
    public string? ClassOf(in NerWordForms forms) =>
        _classes.GetValueOrDefault(forms.Folded) ?? _classes.GetValueOrDefault(forms.Stem);

    public static NerTriggerWords FromData() =>
        new(DataFile.ReadTsv(TableName).Where(r => r.Length >= 2).Select(r => (r[0].Trim(), r[1].Trim())));
}
