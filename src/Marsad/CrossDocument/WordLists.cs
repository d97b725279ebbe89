using System.Collections.Frozen;
using System.Globalization;
using Marsad.Resources;

namespace Marsad.CrossDocument;

/// <summary>
/// The word tables cross-document matching reads (data/crossdoc): function words left out of content terms,
/// ordinals that number repeated events, the nouns those ordinals count, and classes of titles. All keys are folded.
/// </summary>
public sealed class WordLists
{
    static readonly Lazy<WordLists> Shipped = new(() => new WordLists(
        DataFile.ReadLines("crossdoc/stop-words.tsv"),
        DataFile.ReadTsv("crossdoc/ordinals.tsv").Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture))),
        DataFile.ReadLines("crossdoc/occurrence-nouns.tsv"),
        DataFile.ReadTsv("crossdoc/role-classes.tsv").Select(r => (r[0], r[1]))));

    public WordLists(
        IEnumerable<string> stopWords,
        IEnumerable<(string Word, int Value)> ordinals,
        IEnumerable<string> occurrenceNouns,
        IEnumerable<(string Head, string Class)> roleClasses)
    {
        RoleClasses = roleClasses.ToFrozenDictionary(r => r.Head.Trim(), r => r.Class.Trim(), StringComparer.Ordinal);
        StopWords = stopWords.Select(w => w.Trim()).ToFrozenSet(StringComparer.Ordinal);
        Ordinals = ordinals.ToFrozenDictionary(o => o.Word.Trim(), o => o.Value, StringComparer.Ordinal);
        OccurrenceNouns = occurrenceNouns.Select(w => w.Trim()).ToFrozenSet(StringComparer.Ordinal);
        StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        OrdinalLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        NounLookup = OccurrenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped tables, read once.</summary>
    public static WordLists Default => Shipped.Value;

    public FrozenSet<string> StopWords { get; }

    public FrozenDictionary<string, int> Ordinals { get; }

    public FrozenSet<string> OccurrenceNouns { get; }

    /// <summary>Head word of a title → its class (commentator, military, politics, clergy, spokesperson).</summary>
    public FrozenDictionary<string, string> RoleClasses { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup { get; }

    internal FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup { get; }
}
