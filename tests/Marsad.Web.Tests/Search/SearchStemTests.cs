using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Storage.Search;

namespace Marsad.Web.Tests.Search;

public class SearchStemTests
{
    [Theory]
    [InlineData("أمير", "امير")]            // folding: alef with hamza above
    [InlineData("مستشفى", "مستشفي")]        // folding: alef maqsura
    [InlineData("قاآني", "قآني")]           // folding: the doubled alef of a transliterated name
    [InlineData("وبالقوات", "القوات")]      // proclitics و + ب + ال
    [InlineData("للعراق", "العراق")]        // ل + ال written لل
    [InlineData("الأمريكية", "الأمريكي")]   // light suffix: ية / ي
    [InlineData("تهديدات", "تهديد")]        // light suffix: ات
    public void Spellings_and_inflections_share_a_stem(string a, string b) =>
        Assert.Equal(SearchStem.Of(a), SearchStem.Of(b));

    [Theory]
    [InlineData("أميركية", "أمريكية")]       // a vowel letter moved in a transliteration
    [InlineData("الميليشيات", "المليشيات")]  // a vowel letter left out
    [InlineData("بومبيو", "بومبو")]          // a final-syllable ي written or not
    public void Vowel_letter_variants_share_a_skeleton(string a, string b)
    {
        Assert.NotEqual(SearchStem.Of(a), SearchStem.Of(b));
        Assert.Equal(SearchStem.Skeleton(SearchStem.Of(a)), SearchStem.Skeleton(SearchStem.Of(b)));
    }

    [Theory]
    [InlineData("كاتب", "كتب")]   // alef marks the فاعل pattern: kept
    [InlineData("دين", "دن")]     // three-letter stems keep their vowel letter
    public void Native_patterns_keep_their_skeletons_apart(string a, string b) =>
        Assert.NotEqual(SearchStem.Skeleton(SearchStem.Of(a)), SearchStem.Skeleton(SearchStem.Of(b)));

    [Theory]
    [InlineData("قاني", "قانون")]    // Light10 strips ون: the stems collide, the bases do not
    public void Bases_keep_apart_what_light_stemming_conflates(string name, string word)
    {
        Assert.Equal(SearchStem.Of(name), SearchStem.Of(word));
        Assert.NotEqual(SearchStem.Base(name), SearchStem.Base(word));
    }

    [Fact]
    public void The_analyzer_gives_the_engine_tokenizers_stems_and_bases()
    {
        const string text = "وقال الكاظمي إن القوات الأميركية ستنسحب، وللعراق قراره (CNN) في 2021.";
        var tokens = Marsad.Tokenization.Tokenizer.Tokenize(text).Where(t => char.IsLetterOrDigit(text[t.Span.Start])).ToList();

        Assert.Equal(tokens.Select(t => t.Stem), Terms(SearchFields.Text, text));
        Assert.Equal(tokens.Select(t => t.Base), Terms(SearchFields.TextBase, text));
        Assert.Equal(tokens.Select(t => SearchStem.Skeleton(t.Stem)), Terms(SearchFields.TextVariant, text));
    }

    [Fact]
    public void Offsets_point_at_the_surface_words()
    {
        const string text = "هددت الفصائل، مجدداً.";
        using var analyzer = new MarsadAnalyzer();
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(text[offsets.StartOffset..offsets.EndOffset]);
        }

        stream.End();
        Assert.Equal(["هددت", "الفصائل", "مجدداً"], words);
    }

    static List<string> Terms(string field, string text)
    {
        using var analyzer = new MarsadAnalyzer();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
