using Marsad.Evaluation;
using Marsad.Testing;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// Integrity of the hand-annotated sets (format and coding rules in eval/README.md): eval/gold, which the rules were
/// developed against, and eval/heldout, which is only ever scored. Every file parses, and every fact listed beside an
/// article points into that article's own text, so that a miss reported by <c>marsad eval</c> is the extractor's and
/// never an annotation typo. Each folder is its own set: ids are unique within it.
/// </summary>
public class GoldSetTests
{
    /// <summary>The CI slice: ten articles copied verbatim from the main files of eval/gold.</summary>
    const int SmokeSize = 10;

    /// <summary>The annotated sets, as folders under eval/.</summary>
    static readonly string[] SetNames = ["gold", "heldout"];

    static string Folder(string set) => Path.Combine(SharedData.RepositoryRoot, "eval", set);

    public static TheoryData<string> Sets() => [.. SetNames];

    public static TheoryData<string, string> SetFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var set in SetNames)
        {
            foreach (var path in Directory.EnumerateFiles(Folder(set), "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files.Add(set, Path.GetRelativePath(Folder(set), path));
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(SetFiles))]
    public void Every_file_of_a_set_parses_into_articles(string set, string file)
    {
        var articles = GoldReader.ReadFile(Path.Combine(Folder(set), file)).ToList();
        Assert.NotEmpty(articles);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Article_ids_are_unique_within_a_set(string set) =>
        Assert.Empty(GoldSetChecks.RepeatedIds(MainSet(set)));

    [Fact]
    public void Article_ids_are_unique_in_the_smoke_slice() =>
        Assert.Empty(GoldSetChecks.RepeatedIds(SmokeSlice()));

    [Fact]
    public void Smoke_slice_is_ten_verbatim_copies_of_main_set_articles()
    {
        var main = MainSet("gold").Select(a => a.Line).ToHashSet(StringComparer.Ordinal);
        var smoke = SmokeSlice();
        Assert.Equal(SmokeSize, smoke.Count);
        Assert.All(smoke, a => Assert.Contains(a.Line, main));
    }

    [Fact]
    public void Held_out_articles_share_no_id_and_no_text_with_the_gold_set()
    {
        // The held-out estimate is honest only if none of its articles is a gold article under another name.
        var gold = MainSet("gold");
        var ids = gold.Select(a => a.Gold.Id).ToHashSet(StringComparer.Ordinal);
        var texts = gold.Select(a => a.Gold.Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(MainSet("heldout"), a =>
        {
            Assert.DoesNotContain(a.Gold.Id, ids);
            Assert.DoesNotContain(a.Gold.Text, texts);
        });
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_article_has_one_date_a_story_and_at_least_one_entity(string set) =>
        Assert.Empty(GoldSetChecks.MissingDateStoryOrEntity(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Quote_snippets_and_cues_are_exact_substrings_of_their_text(string set) =>
        Assert.Empty(GoldSetChecks.SnippetsNotInText(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Names_in_relations_quotes_and_events_are_marked_entities_of_the_article(string set) =>
        Assert.Empty(GoldSetChecks.UnmarkedNamesInFacts(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Flags_source_classes_and_media_come_from_the_closed_lists(string set) =>
        Assert.Empty(GoldSetChecks.OutsideClosedLists(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Event_dates_are_well_formed_and_agree_with_the_background_and_future_flags(string set) =>
        Assert.Empty(GoldSetChecks.DatesAgainstFlags(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Reports_of_one_real_world_event_share_a_cluster_category(string set) =>
        Assert.Empty(GoldSetChecks.MixedClusters(MainSet(set)));

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_name_marked_once_is_marked_at_every_occurrence_in_its_article(string set) =>
        Assert.Empty(GoldSetChecks.UnmarkedOccurrences(MainSet(set)));

    static List<AnnotatedArticle> MainSet(string set) => GoldSetChecks.Load(Folder(set));

    static List<AnnotatedArticle> SmokeSlice() => GoldSetChecks.Load(Path.Combine(Folder("gold"), "smoke"));
}
