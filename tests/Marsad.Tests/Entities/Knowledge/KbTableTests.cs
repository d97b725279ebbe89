using System.Text.RegularExpressions;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Tests.Entities.Knowledge;

public class KbTableTests
{
    const string Header = "id\ttype\tsector\tcountry\tname_ar\tname_en\twikidata\taliases_ar\taliases_en\taffiliations\troles\tlat\tlon\tparent\tnote";

    static readonly KnowledgeBase Kb = KnowledgeBase.LoadDefault();

    [Fact]
    public void Shipped_tables_reference_only_existing_ids_and_places_have_coordinates() =>
        Assert.Empty(Kb.FindIntegrityProblems());

    [Fact]
    public void Shipped_rows_have_valid_qids_notes_and_coordinates()
    {
        Assert.All(Kb.Entries, e =>
        {
            Assert.True(e.Wikidata is null || Regex.IsMatch(e.Wikidata, @"^Q\d+$"), $"{e.Origin}: bad QID");
            Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{e.Origin}: no note");
            Assert.True(e.Latitude is null or (>= -90 and <= 90), $"{e.Origin}: latitude");
            Assert.True(e.Longitude is null or (>= -180 and <= 180), $"{e.Origin}: longitude");
        });
        Assert.Equal(Kb.Entries.Count, Kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Knowledge_base_has_the_breadth_an_analyst_expects()
    {
        // Floors from the brief: hundreds of actors and places, not the cast of a few articles.
        Assert.True(Kb.Entries.Count(e => e.Kind == EntityKind.Person) >= 250);
        Assert.True(Kb.Entries.Count(e => e.Kind == EntityKind.Organization) >= 200);
        // Places: every UN member state and the districts and towns of Iraq and its neighbours (about 940 rows).
        Assert.True(Kb.Entries.Count(e => e.Kind is EntityKind.GeoPolitical or EntityKind.Location) >= 900);
        // Countries are the GPEs with a country code and no enclosing place: the 193 UN members and a few more.
        Assert.True(Kb.Entries.Count(e => e.Kind == EntityKind.GeoPolitical && e.Country is not null && e.Parent is null) >= 193);
    }

    [Fact]
    public void Bad_row_error_names_the_table_and_line()
    {
        var text = $"# provenance\n{Header}\nbaghdad\tGPE\t\tIRQ\tبغداد\tBaghdad\tX1\t\t\t\t\t33.3\t44.4\t\tcapital\n";
        var ex = Assert.Throws<KbFormatException>(() => KnowledgeBase.FromText(("kb/bad.tsv", text)));
        Assert.Equal("kb/bad.tsv", ex.Table);
        Assert.Equal(3, ex.Line);
        Assert.Contains("kb/bad.tsv line 3", ex.Message);
    }

    [Theory]
    [InlineData("x\tPER\t\tIRQ\tس\tS\t\t\t\t\t\t\t\t\t")]                             // no note
    [InlineData("x\tXYZ\t\tIRQ\tس\tS\t\t\t\t\t\t\t\t\tnote")]                          // unknown type
    [InlineData("x\tPER\tFOO\tIRQ\tس\tS\t\t\t\t\t\t\t\t\tnote")]                       // not a PLOVER sector
    [InlineData("x\tGPE\t\tIRQ\tس\tS\t\t\t\t\t\t95\t44\t\tnote")]                      // latitude out of range
    [InlineData("x\tPER\t\tIRQ\tس\tS\t\t\t\tboss_of>y\t\t\t\t\tnote")]                 // unknown predicate
    [InlineData("x\tPER\t\tIRQ\tس\tS\t\t\t\t\tرئيس>iraq@2020..2019\t\t\t\tnote")]      // range ends before it starts
    [InlineData("X Y\tPER\t\tIRQ\tس\tS\t\t\t\t\t\t\t\t\tnote")]                        // id not a slug
    [InlineData("x\tPER\t\tIRQ\tس\tS\t\t\t\t\t\t\t\tnote")]                            // a missing tab
    public void Rejects_bad_rows(string row) =>
        Assert.Throws<KbFormatException>(() => KnowledgeBase.FromText(("kb/t.tsv", $"{Header}\n{row}\n")));

    [Fact]
    public void Duplicate_ids_across_tables_are_rejected()
    {
        var row = "x\tPER\t\tIRQ\tس\tS\t\t\t\t\t\t\t\t\tnote";
        var ex = Assert.Throws<KbFormatException>(() =>
            KnowledgeBase.FromText(("kb/a.tsv", $"{Header}\n{row}\n"), ("kb/b.tsv", $"{Header}\n{row}\n")));
        Assert.Equal("kb/b.tsv", ex.Table);
        Assert.Contains("kb/a.tsv line 2", ex.Message);
    }

    [Fact]
    public void Reads_dates_roles_affiliations_and_ambiguous_aliases()
    {
        var row = "x\tPER\tPRM\tIRQ\tأبو س\tAbu S\tQ42\t~س|سين\tS\tleads>y@2020-01-03..;member_of>z@2018\tقائد>y@2019..2020-05\t\t\t\tnote";
        var kb = KnowledgeBase.FromText(("kb/t.tsv", $"{Header}\n{row}\n"));
        var e = kb.Get("x")!;
        Assert.Equal(new[] { "س", "سين" }, e.AliasesAr.ToArray());
        Assert.Equal(new[] { "س" }, e.AmbiguousAliasesAr.ToArray());
        Assert.Equal(new KbAffiliation(RelationPredicate.Leads, "y", new DateOnly(2020, 1, 3), null), e.Affiliations[0]);
        Assert.Equal(new DateOnly(2018, 1, 1), e.Affiliations[1].From); // a lone date opens a range
        Assert.Equal(new DateOnly(2019, 1, 1), e.Roles[0].From);        // a year start widens to 1 January
        Assert.Equal(new DateOnly(2020, 5, 31), e.Roles[0].To);         // a month end widens to its last day
        Assert.Equal(["kb/t.tsv line 2: leads 'y' of 'x' is not an id in the knowledge base",
                      "kb/t.tsv line 2: member_of 'z' of 'x' is not an id in the knowledge base",
                      "kb/t.tsv line 2: role قائد 'y' of 'x' is not an id in the knowledge base"],
            kb.FindIntegrityProblems().Select(p => p.Replace("MemberOf", "member_of").Replace("Leads", "leads")));
    }
}
