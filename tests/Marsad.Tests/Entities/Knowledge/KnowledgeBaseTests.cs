using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Tests.Entities.Knowledge;

public class KnowledgeBaseTests
{
    static readonly KnowledgeBase Kb = KnowledgeBase.LoadDefault();

    [Theory]
    [InlineData("Kadhimi")]             // surname alone
    [InlineData("Mustafa al-Kadhimi")]  // full English name
    [InlineData("mustafa AL KADHIMI")]  // case and the article written apart
    [InlineData("الكاظمي")]              // Arabic alias
    [InlineData("مصطفى الكاظمي")]        // Arabic canonical name
    [InlineData("مصطفي الكاظمى")]        // ى/ي folded
    public void FindByName_finds_Kadhimi(string name) =>
        Assert.Contains(Kb.FindByName(name), e => e.Id == "kadhimi");

    [Fact]
    public void FindByName_ignores_diacritics_in_English_names() =>
        Assert.Contains(Kb.FindByName("Erdogan"), e => e.Id == "erdogan");

    [Fact]
    public void FindByName_includes_aliases_that_never_fire_alone() =>
        Assert.Contains(Kb.FindByName("عمان"), e => e.Id == "oman");

    [Fact]
    public void FindByName_unknown_name_finds_nothing() =>
        Assert.Empty(Kb.FindByName("Nobody Atall"));

    [Fact]
    public void Get_accepts_ids_with_and_without_prefix()
    {
        Assert.Equal("iraq", Kb.Get("kb:iraq")?.Id);
        Assert.Equal("iraq", Kb.Get("iraq")?.Id);
        Assert.Null(Kb.Get("kb:atlantis"));
    }

    [Fact]
    public void Quds_Force_commander_changes_on_3_January_2020()
    {
        Assert.Equal(["soleimani"], Kb.HoldersOf("قائد", "quds-force", new DateOnly(2019, 6, 1)).Select(e => e.Id));
        Assert.Equal(["qaani"], Kb.HoldersOf("قائد", "kb:quds-force", new DateOnly(2021, 6, 1)).Select(e => e.Id));
    }

    [Fact]
    public void Iraqi_prime_minister_by_date()
    {
        Assert.Equal(["abdul-mahdi"], Kb.HoldersOf("رئيس الوزراء", "iraq", new DateOnly(2019, 11, 30)).Select(e => e.Id));
        Assert.Equal(["kadhimi"], Kb.HoldersOf("رئيس الوزراء", "iraq", new DateOnly(2021, 1, 1)).Select(e => e.Id));
        Assert.Equal(["sudani"], Kb.HoldersOf("رئيس الوزراء", "iraq", new DateOnly(2024, 1, 1)).Select(e => e.Id));
    }

    [Fact]
    public void Title_matching_ignores_the_article_and_folding()
    {
        // الرئيس and رئيس are one title; الأمريكي spelling does not matter for the title itself.
        Assert.Equal(["biden"], Kb.HoldersOf("رئيس", "usa", new DateOnly(2022, 3, 1)).Select(e => e.Id));
        Assert.Equal(["trump"], Kb.HoldersOf("الرئيس", "usa", new DateOnly(2025, 3, 1)).Select(e => e.Id));
    }

    [Fact]
    public void HoldersOf_without_a_date_lists_every_holder()
    {
        var all = Kb.HoldersOf("قائد", "centcom", null).Select(e => e.Id).ToList();
        Assert.Contains("mckenzie", all);
        Assert.Contains("kurilla", all);
    }

    [Theory]
    [InlineData("العراقي", "iraq")]     // masculine singular with article
    [InlineData("العراقيين", "iraq")]   // sound plural, oblique
    [InlineData("الأميركية", "usa")]    // ي spelling, feminine
    [InlineData("الأمريكيون", "usa")]   // spelling without ي, plural
    [InlineData("إيرانية", "iran")]      // indefinite feminine
    [InlineData("الأتراك", "turkey")]    // broken plural from the irregular column
    public void Nationality_adjectives_map_to_countries(string adjective, string country) =>
        Assert.Equal(country, Kb.CountryOfNationality(adjective));

    [Fact]
    public void Nouns_are_not_nationality_adjectives() =>
        Assert.Null(Kb.CountryOfNationality("العراق"));

    [Fact]
    public void ToEntity_carries_the_knowledge_base_fields()
    {
        var entity = Kb.ToEntity(Kb.Get("baghdad")!);
        Assert.Equal("kb:baghdad", entity.Id);
        Assert.True(entity.InKnowledgeBase);
        Assert.Equal(EntityKind.GeoPolitical, entity.Kind);
        Assert.Equal("Q1530", entity.Wikidata);
        Assert.Equal("IRQ", entity.Country);
        Assert.NotNull(entity.Latitude);
    }

    [Fact]
    public void Name_tokens_hold_folded_words_of_names()
    {
        Assert.Contains("الكاظمي", Kb.NameTokens);
        Assert.Contains("الحشد", Kb.NameTokens);
    }

    [Fact]
    public void LoadDefault_is_built_once() =>
        Assert.Same(KnowledgeBase.LoadDefault(), KnowledgeBase.LoadDefault());

    [Fact]
    public void Load_reads_a_subset_of_tables()
    {
        var kb = KnowledgeBase.Load(["kb/countries.tsv"]);
        Assert.NotNull(kb.Get("iraq"));
        Assert.Null(kb.Get("kadhimi"));
    }
}
