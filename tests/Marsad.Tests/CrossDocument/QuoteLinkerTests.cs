using Marsad.Documents;

namespace Marsad.Tests.CrossDocument;

/// <summary>One statement quoted whole, trimmed or reworded by several outlets; other statements of the same speaker kept apart.</summary>
public class QuoteLinkerTests
{
    static readonly DateOnly Day = new(2022, 5, 2);

    const string Whole = "لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات بين الدول المتخاصمة";
    const string Trimmed = "لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات";
    const string Other = "الحكومة ماضية في حصر السلاح بيد الدولة ومحاسبة كل من يعتدي على البعثات";

    static DigestBuilder Quoted(string id, DateOnly published, string quote, string speaker = "kb:kadhimi") =>
        new DigestBuilder(id, "منفذ " + id, published, "رئيس الوزراء يحذر", $"قال الكاظمي في مؤتمر صحفي: «{quote}».")
            .Listed("kb:kadhimi", EntityKind.Person, "مصطفى الكاظمي", "الكاظمي")
            .Quote(quote, speaker);

    [Fact]
    public void A_trimmed_quote_in_another_outlet_is_the_same_statement()
    {
        // Overlap coefficient: every term of the trimmed version is in the whole one (1.0 ≥ 0.6).
        var links = Linking.Link(Quoted("a", Day, Whole), Quoted("b", Day.AddDays(1), Trimmed));

        var q = links[1].Quotes.Single();
        Assert.Equal(links[0].Quotes.Single().ClusterId, q.ClusterId);
        Assert.Equal(1, q.Similarity);
    }

    [Fact]
    public void Another_statement_of_the_same_speaker_is_another_quote()
    {
        var links = Linking.Link(Quoted("a", Day, Whole), Quoted("b", Day, Other));

        Assert.NotEqual(links[0].Quotes.Single().ClusterId, links[1].Quotes.Single().ClusterId);
    }

    [Fact]
    public void The_same_words_from_another_named_speaker_are_another_statement()
    {
        var links = Linking.Link(Quoted("a", Day, Whole), Quoted("b", Day, Whole, "kb:sudani"));

        Assert.NotEqual(links[0].Quotes.Single().ClusterId, links[1].Quotes.Single().ClusterId);
    }

    [Fact]
    public void A_quote_repeated_weeks_later_is_history_not_corroboration()
    {
        // Outlets run a statement within a week; quoted a month later it is recalled, not reported.
        var links = Linking.Link(Quoted("a", Day, Whole), Quoted("b", Day.AddDays(30), Whole));

        Assert.NotEqual(links[0].Quotes.Single().ClusterId, links[1].Quotes.Single().ClusterId);
    }

    [Fact]
    public void A_slogan_too_short_to_tell_statements_apart_is_not_clustered()
    {
        // Fewer than four content terms: many statements share them.
        var links = Linking.Link(Quoted("a", Day, "العراق أولا"), Quoted("b", Day, "العراق أولا"));

        Assert.Empty(links[0].Quotes);
        Assert.Empty(links[1].Quotes);
    }
}
