using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>Guarded one-word place names (القائم، الدورة، حرير) read as places where their context makes them places.</summary>
public class GuardedPlaceReaderTests
{
    [Fact]
    public void Guarded_place_after_the_word_for_its_kind_is_the_place()
    {
        // Rule: a place word (منطقة) is followed by a place name.
        var doc = Run("وانتشرت دوريات الشرطة في منطقة الدورة بعد منتصف الليل.");
        Assert.Equal("kb:dora", Mention(doc, "الدورة").EntityId);
    }

    [Fact]
    public void Guarded_place_after_an_administrative_word_links_to_the_knowledge_base()
    {
        // Rule: قضاء الزبير is the listed district town (الزبير is also a given name); the unlisted-place rule must not
        // make it a new, unlinked place first.
        var doc = Run("وخرج المحتجون إلى شوارع قضاء الزبير مساء السبت.");
        Assert.Equal("kb:zubair", Mention(doc, "الزبير").EntityId);
    }

    [Fact]
    public void A_printed_diacritic_names_one_of_two_places_folding_joins()
    {
        // Rule: عمّان (shadda) is Amman, عُمان (damma) is Oman; the bare عمان stays guarded.
        var doc = Run("واستضافت عمّان الاجتماع أمس. ووصل الوزير إلى عُمان مساء. وقال إن عمان مهمة.");
        Assert.Equal("kb:amman", Mention(doc, "عمّان").EntityId);
        Assert.Equal("kb:oman", Mention(doc, "عُمان").EntityId);
        Assert.DoesNotContain(doc.Mentions, m => doc[m.Span] == "عمان");
    }

    [Fact]
    public void Guarded_place_coordinated_after_a_listed_place_is_a_place()
    {
        // Rule: a list of places holds places — حرير after عين الأسد is the base, not 'silk'.
        var doc = Run("وتبقى الطائرات المسيرة في عين الأسد وحرير حتى إشعار آخر.");
        var harir = Mention(doc, "وحرير");
        Assert.Equal(("kb:harir", EntityKind.Location), (harir.EntityId, harir.Kind));
    }

    [Fact]
    public void Guarded_place_coordinated_before_a_listed_place_is_a_place()
    {
        var doc = Run("وتعرضت مواقع في القائم والقيارة لقصف جوي عنيف.");
        Assert.Equal("kb:al-qaim", Mention(doc, "القائم").EntityId);
    }

    [Theory]
    // Rule: the homograph القائم بالأعمال goes on with a preposition; the common-word reading stays without context.
    [InlineData("واستدعت الخارجية السفير في بغداد والقائم بالأعمال في أربيل.")]
    [InlineData("وقال إن الوضع القائم لا يمكن أن يستمر.")]
    [InlineData("واشترت النساء الحرير من السوق القديم.")]
    public void Guarded_word_without_place_context_is_no_place(string text)
    {
        var doc = Run(text);
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId is "kb:al-qaim" or "kb:harir");
    }
}
