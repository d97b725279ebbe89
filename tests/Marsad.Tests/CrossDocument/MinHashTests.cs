using Marsad.CrossDocument;

namespace Marsad.Tests.CrossDocument;

public class MinHashTests
{
    static ulong[] Items(int from, int count) => [.. Enumerable.Range(from, count).Select(i => TextTerms.Hash($"term{i}"))];

    [Fact]
    public void Equal_sets_have_similarity_one_whatever_the_order()
    {
        var items = Items(0, 50);
        var a = MinHash.Signature(items);
        var b = MinHash.Signature(items.Reverse());

        Assert.Equal(1, MinHash.Similarity(a, b));
        Assert.Equal(MinHash.Band(a, 3, 6), MinHash.Band(b, 3, 6));
    }

    [Theory]
    [InlineData(100, 0.0)]
    [InlineData(50, 0.333)]
    [InlineData(25, 0.6)]
    [InlineData(10, 0.818)]
    public void The_share_of_equal_positions_estimates_jaccard(int shift, double jaccard)
    {
        // Sets [0,100) and [shift, shift+100): Jaccard = (100 − shift) / (100 + shift). Standard error ≈ 1/√64.
        var a = MinHash.Signature(Items(0, 100));
        var b = MinHash.Signature(Items(shift, 100));

        Assert.InRange(MinHash.Similarity(a, b), jaccard - 0.18, jaccard + 0.18);
    }

    [Fact]
    public void An_empty_set_is_similar_to_nothing()
    {
        var empty = MinHash.Signature([]);

        Assert.True(MinHash.IsEmpty(empty));
        Assert.Equal(0, MinHash.Similarity(empty, empty));
        Assert.Equal(0, MinHash.Similarity(empty, MinHash.Signature(Items(0, 10))));
    }

    [Fact]
    public void Signatures_are_the_same_in_every_run()
    {
        // Fixed seeds: signatures stored by one run are compared by the next.
        Assert.Equal(MinHash.Signature(Items(0, 20)), MinHash.Signature(Items(0, 20)));
        Assert.Equal(MinHash.Size, MinHash.Signature(Items(0, 20)).Length);
    }

    [Fact]
    public void Folded_spellings_give_the_same_terms()
    {
        // Terms are folded and lose the article and conjunction: «والأمريكية» and «الامريكيه» are one term.
        var words = WordLists.Default;
        Assert.Equal(TextTerms.Terms("والقوات الأمريكية", words), TextTerms.Terms("القوات الامريكيه", words));
    }

    [Fact]
    public void Ordinals_are_read_only_after_a_noun_that_counts_occurrences()
    {
        var words = WordLists.Default;

        Assert.Equal([3], TextTerms.Ordinals("انطلقت الجولة الثالثة من الحوار", words));
        Assert.Equal([2], TextTerms.Ordinals("في زيارته الثانية إلى بغداد", words));
        // الثاني after كانون is a month, not an ordinal.
        Assert.Empty(TextTerms.Ordinals("في كانون الثاني الماضي", words));
    }
}
