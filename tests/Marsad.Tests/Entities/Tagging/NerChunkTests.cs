using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerChunkTests
{
    [Theory]
    [InlineData("B-PERS I-PERS O", "0-2:PERS")]             // B then I of the same type: one entity
    [InlineData("O I-LOC I-LOC", "1-3:LOC")]                // conlleval: an I- without B- still starts an entity
    [InlineData("B-ORG I-LOC", "0-1:ORG 1-2:LOC")]          // type switch inside I-: a new entity begins
    [InlineData("B-PERS B-PERS", "0-1:PERS 1-2:PERS")]      // B after B: two adjacent entities
    [InlineData("I-MISC B-MISC I-MISC", "0-1:MISC 1-3:MISC")] // an orphan I- closes when a B- follows
    [InlineData("B-LOC O I-LOC", "0-1:LOC 2-3:LOC")]        // O ends an entity; the later I- starts another
    [InlineData("PERS X- O", "")]                           // malformed tags read as outside
    [InlineData("B-LOC", "0-1:LOC")]                        // an entity running to the sentence end is closed
    public void Reads_iob2_the_way_conlleval_does(string tags, string expected)
    {
        var chunks = NerChunk.FromTags(tags.Split(' '));
        Assert.Equal(expected, string.Join(" ", chunks.Select(c => $"{c.Start}-{c.End}:{c.Type}")));
    }

    [Fact]
    public void Empty_sentence_has_no_entities() => Assert.Empty(NerChunk.FromTags([]));
}
