using System.Collections.Frozen;
using System.Globalization;
using Marsad.Arabic;
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
        // Keys are folded on load as well, so a table row written with hamza (نائب، رئيس) still matches folded text.
        RoleClasses = roleClasses.DistinctBy(r => Key(r.Head)).ToFrozenDictionary(r => Key(r.Head), r => r.Class.Trim(), StringComparer.Ordinal);
        StopWords = stopWords.Select(Key).ToFrozenSet(StringComparer.Ordinal);
        Ordinals = ordinals.DistinctBy(o => Key(o.Word)).ToFrozenDictionary(o => Key(o.Word), o => o.Value, StringComparer.Ordinal);
        OccurrenceNouns = occurrenceNouns.Select(Key).ToFrozenSet(StringComparer.Ordinal);
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

    static string Key(string word) => ArabicFolding.Fold(word.Trim());
}
