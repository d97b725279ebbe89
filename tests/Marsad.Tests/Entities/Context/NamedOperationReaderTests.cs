using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>Quoted operation and vessel names after their cue word are MISC (data/context/misc-cues.tsv).</summary>
public class NamedOperationReaderTests
{
    [Fact]
    public void Quoted_name_after_operation_word_is_misc()
    {
        // Rule: عملية «…» names an operation; a hyphen may join two words of the name.
        var doc = Run("وأعلن الجيش بدء عملية «الصخرة-الصلبة» في المناطق الحدودية.");
        Assert.Equal(EntityKind.Misc, Mention(doc, "الصخرة-الصلبة").Kind);
    }

    [Fact]
    public void Names_joined_by_wa_after_a_ship_word_are_all_misc()
    {
        // Rule: و«…» after a vessel name adds a name of the same kind.
        var doc = Run("واحتجزت القوات البحرية السفينتين «نور الصباح» و«اللؤلؤة الزرقاء» قرب الميناء.");
        Assert.Equal(["نور الصباح", "اللؤلؤة الزرقاء"], Names(doc, EntityKind.Misc));
    }

    [Fact]
    public void Long_quote_after_operation_word_is_a_quotation()
    {
        // Rule: a quote longer than a name is what was said about the operation, not its name.
        var doc = Run("ووصف القائد العملية بأنها «كانت ناجحة بكل المقاييس وحققت أهدافها».");
        Assert.Empty(Names(doc, EntityKind.Misc));
    }
}
