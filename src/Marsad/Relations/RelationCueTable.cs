using System.Collections.Frozen;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Resources;

namespace Marsad.Relations;

/// <summary>The relation cue words of data/context/relation-cues.tsv, by folded word.</summary>
public sealed class RelationCueTable
{
    static readonly Lazy<RelationCueTable> Default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    readonly FrozenDictionary<string, RelationCue[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    RelationCueTable(IEnumerable<RelationCue> cues) =>
        _byWord = cues.GroupBy(c => c.Word, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shipped table, read once per process.</summary>
    public static RelationCueTable LoadDefault() => Default.Value;

    /// <summary>The cues written as this folded word (with its article, without other proclitics).</summary>
    public ReadOnlySpan<RelationCue> For(ReadOnlySpan<char> folded) => _byWord.TryGetValue(folded, out var cues) ? cues : [];

    static RelationCueTable Load() => new(DataFile.ReadTsv("context/relation-cues.tsv").Skip(1).Select(row =>
    {
        var both = row[2] == "part_of_or_aligned";
        var predicate = both ? RelationPredicate.PartOf : Enum.Parse<RelationPredicate>(row[2].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        return new RelationCue(ArabicFolding.Fold(row[0]), ArabicFolding.Fold(row[1]), predicate, both);
    }));
}
