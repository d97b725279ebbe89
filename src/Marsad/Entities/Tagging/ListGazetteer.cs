using System.Globalization;
using Marsad.Resources;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Hand-written and open name lists shipped under <c>data/ner/</c>: places, organisations and other names
/// (<see cref="PlacesTable"/> and friends: phrase and category) and personal-name tokens from Wikidata
/// (<see cref="PersonTokensTable"/>). Stored as hashed phrases, so a model carries the exact lists it was trained with.
/// </summary>
internal sealed class ListGazetteer : IGazetteerFeatures
{
    public const string PersonTokensTable = "ner/person-name-tokens.tsv";
    public const string PlacesTable = "ner/places.tsv";
    public const string OrganizationsTable = "ner/organizations.tsv";
    public const string ArabicNamesTable = "ner/arabic-names.tsv";

    // Person tokens mined this often are unambiguous names (john, ali); once is weak evidence.
    const int CommonName = 10;
    const int RepeatedName = 2;

    readonly PhraseTable _table;

    ListGazetteer(PhraseTable table) => _table = table;

    public string Name => "lists";

    public int Count => _table.Count;

    public void FindMatches(IReadOnlyList<string> folded, IReadOnlyList<string> stems, ICollection<GazetteerMatch> matches) =>
        _table.FindMatches(folded, stems, matches);

    /// <summary>Builds the lists from the embedded tables that exist.</summary>
    public static ListGazetteer FromData()
    {
        var table = new PhraseTable();
        foreach (var name in new[] { PlacesTable, OrganizationsTable, ArabicNamesTable })
        {
            if (!DataFile.Exists(name))
            {
                continue;
            }

            foreach (var row in DataFile.ReadTsv(name))
            {
                if (row.Length >= 2)
                {
                    table.Add(row[0].Trim(), row[1].Trim());
                }
            }
        }

        foreach (var row in DataFile.ReadTsv(PersonTokensTable))
        {
            var count = row.Length >= 2 ? int.Parse(row[1], CultureInfo.InvariantCulture) : 1;
            var grade = count >= CommonName ? "name+" : count >= RepeatedName ? "name" : "name?";
            table.Add(row[0].Trim(), grade);
        }

        return new ListGazetteer(table);
    }

    public void Write(BinaryWriter writer) => _table.Write(writer);

    public static ListGazetteer Read(BinaryReader reader) => new(PhraseTable.Read(reader));
}
