using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Coreference;

/// <summary>Elliptic names and ambiguous one-word aliases once the article has named the group (AliasFinder).</summary>
public class AliasFinderTests
{
    [Fact]
    public void Elliptic_name_follows_a_full_name_with_a_proclitic()
    {
        // Rule: the full name may carry proclitics (للتحالف الدولي); التحالف alone is then that coalition.
        var doc = Run("ووصلت شحنة معدات للتحالف الدولي إلى القاعدة، وأكد التحالف أنها للتدريب فقط.");
        Assert.Equal("kb:coalition", Mention(doc, "التحالف").EntityId);
    }

    [Fact]
    public void Construct_head_takes_the_article_when_it_stands_alone()
    {
        // Rule: تحالف دعم الشرعية is shortened to التحالف, and the most recent group named in full wins.
        var doc = Run("وأشاد التحالف الدولي بالهدنة. ورحب تحالف دعم الشرعية بالإعلان، وقال إن التحالف سيلتزم بها.");
        Assert.Equal("kb:arab-coalition", Mentions(doc, "التحالف").Last().EntityId);
    }

    [Fact]
    public void Short_name_before_a_title_or_a_holder_name_is_kept()
    {
        // Rule: a post's complement ends where the holder's title or name begins.
        var doc = Run("وانتقد الحشد الشعبي القرار، وقال القيادي في الحشد أحمد الساعدي إن الرد قادم.");
        Assert.Equal("kb:pmf", Mention(doc, "الحشد").EntityId);
    }

    [Fact]
    public void Elliptic_name_after_forces_without_a_full_name_stays_unlinked()
    {
        // Rule: قوات التحالف is a group's forces, but the article never says which coalition.
        var doc = Run("وانسحبت قوات التحالف من القاعدة الجوية صباح اليوم.");
        var m = Mention(doc, "التحالف");
        Assert.False(m.EntityId?.StartsWith("kb:", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public void Short_name_before_a_definite_word_is_another_phrase()
    {
        // التحالف الشيعي is another noun phrase, not the coalition's short name.
        var doc = Run("وأعلن التحالف الدولي انسحابه. وقال التحالف الشيعي إنه يرحب بالقرار.");
        Assert.DoesNotContain("التحالف", Names(doc));
    }
}
