using System.Collections.Frozen;
using Marsad.Arabic;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Nisba adjectives of nationality (العراقي، الأمريكية، الإيرانيين) → country id, read from kb/nationalities.tsv.
/// The table lists the masculine singular stems; the regular inflections are generated here (feminine ـية,
/// plurals ـيون/ـيين/ـيات, duals ـيان/ـيين/ـيتان/ـيتين), each with and without the article. Irregular forms
/// (أتراك، روس) are listed in the table.
/// </summary>
internal sealed class NationalityTable
{
    /// <summary>Suffixes a nisba stem ending in ي takes (folded: ة is ه).</summary>
    static readonly string[] RegularEndings = ["", "ه", "ون", "ين", "ات", "ان", "تان", "تين"];

    readonly FrozenDictionary<string, string> _countryByForm;

    NationalityTable(Dictionary<string, string> forms) => _countryByForm = forms.ToFrozenDictionary(StringComparer.Ordinal);

    public static NationalityTable Empty { get; } = new([]);

    public IEnumerable<string> Forms => _countryByForm.Keys;

    /// <summary>Country id for a folded adjective, with or without the article; null when it is not a nisba.</summary>
    public string? CountryOf(string folded) => _countryByForm.GetValueOrDefault(folded);

    public bool IsNisba(string folded) => _countryByForm.ContainsKey(folded);

    public static NationalityTable Read(string table, TextReader reader)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split('\t');
            if (!sawHeader)
            {
                if (f is not ["country", "stems", "irregular", "note"])
                {
                    throw new KbFormatException(table, lineNumber, "the header must be: country, stems, irregular, note");
                }

                sawHeader = true;
                continue;
            }

            if (f.Length != 4 || f[0].Length == 0 || f[1].Length == 0 || f[3].Trim().Length == 0)
            {
                throw new KbFormatException(table, lineNumber, "a row needs country, stems and a note (irregular may be empty)");
            }

            foreach (var stem in f[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = ArabicFolding.Fold(stem);
                if (folded[^1] != ArabicLetters.Yeh)
                {
                    throw new KbFormatException(table, lineNumber, $"stem '{stem}' is not a nisba ending in ي");
                }

                foreach (var ending in RegularEndings)
                {
                    Add(forms, folded + ending, f[0]);
                }
            }

            foreach (var form in f[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(forms, ArabicFolding.Fold(form), f[0]);
            }
        }

        return new NationalityTable(forms);
    }

    static void Add(Dictionary<string, string> forms, string form, string country)
    {
        var bare = form.StartsWith("ال", StringComparison.Ordinal) ? form[2..] : form;
        forms.TryAdd(bare, country);
        forms.TryAdd("ال" + bare, country);
    }
}
