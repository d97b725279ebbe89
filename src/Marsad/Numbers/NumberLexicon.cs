using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Marsad.Arabic;
using Marsad.Resources;

namespace Marsad.Numbers;

/// <summary>
/// The tables <see cref="NumberFinder"/> reads: Arabic number words (<c>arabic/number-words.tsv</c>) and hedges
/// (<c>arabic/number-hedges.tsv</c>), folded once when loaded. Immutable and shareable across threads.
/// </summary>
public sealed class NumberLexicon
{
    readonly FrozenDictionary<string, NumberWord> _words;
    readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    readonly char[] _firstLetters;

    public NumberLexicon(IEnumerable<(string Form, NumberWord Word)> words, IEnumerable<NumberHedge> hedges)
    {
        var folded = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var (form, word) in words)
        {
            folded[ArabicFolding.Fold(form)] = word;
        }

        _words = folded.ToFrozenDictionary(StringComparer.Ordinal);
        _firstLetters = [.. folded.Keys.Select(k => k[0]).Distinct()];
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        // Longest hedges first, so that "ما يزيد على" wins over a shorter phrase ending at the same word.
        Hedges = [.. hedges.OrderByDescending(h => h.Words.Length)];
    }

    /// <summary>The tables embedded in the engine, loaded once.</summary>
    public static NumberLexicon Default { get; } = Load();

    /// <summary>Hedge phrases, longest first.</summary>
    public ImmutableArray<NumberHedge> Hedges { get; }

    /// <summary>False when no number word begins with <paramref name="letter"/>: most tokens are rejected without a lookup.</summary>
    public bool MayStartWord(char letter) => _firstLetters.AsSpan().Contains(letter);

    /// <summary>Looks up a folded word without proclitics (خمسين، الف، ميه).</summary>
    public bool TryGetWord(ReadOnlySpan<char> foldedBase, out NumberWord word) => _wordLookup.TryGetValue(foldedBase, out word);

    /// <summary>Reads the embedded tables.</summary>
    public static NumberLexicon Load()
    {
        var words = DataFile.ReadTsv("arabic/number-words.tsv")
            .Select(row => (row[0], new NumberWord(decimal.Parse(row[1], CultureInfo.InvariantCulture), ParseKind(row[2]))));
        var hedges = DataFile.ReadTsv("arabic/number-hedges.tsv")
            .Select(row => new NumberHedge(
                [.. row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicFolding.Fold)],
                row[1] switch
                {
                    "before" => false,
                    "after" => true,
                    _ => throw new InvalidDataException($"number-hedges.tsv: position must be before or after, not '{row[1]}'"),
                }));
        return new NumberLexicon(words, hedges);
    }

    static NumberWordKind ParseKind(string kind) => kind switch
    {
        "unit" => NumberWordKind.Unit,
        "teen-unit" => NumberWordKind.TeenUnit,
        "ten" => NumberWordKind.Ten,
        "hundred" => NumberWordKind.Hundred,
        "hundreds" => NumberWordKind.Hundreds,
        "scale" => NumberWordKind.Scale,
        "scale-dual" => NumberWordKind.ScaleDual,
        "scale-plural" => NumberWordKind.ScalePlural,
        "half" => NumberWordKind.Half,
        _ => throw new InvalidDataException($"number-words.tsv: unknown kind '{kind}'"),
    };
}
