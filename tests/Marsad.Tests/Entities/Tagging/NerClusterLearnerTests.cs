using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerClusterLearnerTests
{
    static readonly NerClusterOptions Small = new() { Dimensions = 8, Epochs = 3, MinCount = 1, Granularities = [2, 4], KMeansIterations = 5 };

    static IEnumerable<string> Documents()
    {
        string[] cities = ["تونس", "بغداد", "دمشق", "عمان"];
        string[] people = ["سمير", "كريم", "هشام", "نادر"];
        for (var k = 0; k < 40; k++)
        {
            yield return $"سافر {people[k % 4]} إلى {cities[(k + 1) % 4]} أمس .\nوقال {people[(k + 2) % 4]} إن العاصمة {cities[k % 4]} جميلة .";
        }
    }

    [Fact]
    public void Same_corpus_and_seed_give_the_same_clusters()
    {
        static byte[] Bytes(NerWordClusters c)
        {
            using var stream = new MemoryStream();
            c.Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(NerClusterLearner.Learn(Documents(), Small)), Bytes(NerClusterLearner.Learn(Documents(), Small)));
    }

    [Fact]
    public void Every_word_gets_an_id_at_every_granularity_and_stems_are_added()
    {
        var clusters = NerClusterLearner.Learn(Documents(), Small);

        Assert.Equal([2, 4], clusters.Granularities);
        var city = clusters.Find("بغداد");
        Assert.True(city >= 0);
        Assert.InRange(clusters.Cluster(city, 0), 0, 1);
        Assert.InRange(clusters.Cluster(city, 1), 0, 3);
        Assert.True(clusters.Count(city) > 0);
        Assert.True(clusters.Find("عاصمه") >= 0, "the stem of العاصمة is added from its surface form");
        Assert.Equal(-1, clusters.Find("غائبة"));
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        var clusters = NerClusterLearner.Learn(Documents(), Small);
        using var stream = new MemoryStream();
        clusters.Save(stream);
        stream.Position = 0;
        var loaded = NerWordClusters.Load(stream);

        Assert.Equal(clusters.WordCount, loaded.WordCount);
        var w = clusters.Find("دمشق");
        Assert.Equal(clusters.Cluster(w, 1), loaded.Cluster(loaded.Find("دمشق"), 1));
    }

    [Theory]
    [InlineData("قال: «سنعود».", "قال|:|«|سنعود|»|.")]       // punctuation splits off and stands alone
    [InlineData("عام 2018م", "عام|2018م")]                   // letters and digits stay together
    [InlineData("أعلنت الأمم-المتحدة", "أعلنت|الأمم|-|المتحدة")] // a hyphen is its own token
    public void Tokenizes_unlabeled_text(string line, string expected) =>
        Assert.Equal(expected, string.Join("|", NerClusterLearner.Tokenize(line, fold: false)));
}
