using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities;

/// <summary>How the words around a listed name shape its mention: a trailing nisba, a seat after في (docs/entities.md).</summary>
public class ListedNameReadingsTests
{
    [Theory]
    // Rule: a nisba stays outside a listed name that the knowledge base lists without it for the same entry.
    [InlineData("وحذر الحرس الثوري الإيراني من أي تصعيد في الخليج.", "الحرس الثوري", "kb:irgc")]
    [InlineData("واجتمع الكونغرس الأميركي لبحث المساعدات.", "الكونغرس", "kb:us-congress")]
    [InlineData("وقال مسؤول إن حزب الله اللبناني رفض المقترح.", "حزب الله", "kb:hezbollah")]
    [InlineData("وتوقفت الشاحنات عند منفذ القائم الحدودي ساعات.", "منفذ القائم", "kb:qaim-crossing")]
    public void Nisba_after_a_unique_listed_name_stays_outside(string text, string surface, string id)
    {
        var doc = Run(text);
        Assert.Equal(id, Mention(doc, surface).EntityId);
    }

    [Theory]
    // Rule: the nisba stays when the shorter form is only an ambiguous alias (~مجلس النواب is any parliament) or
    // when the adjective is part of the name (الدولي of an airport).
    [InlineData("وصوّت مجلس النواب العراقي على الموازنة بعد جدل طويل.", "مجلس النواب العراقي")]
    [InlineData("وهبطت الطائرة في مطار بغداد الدولي مساءً.", "مطار بغداد الدولي")]
    [InlineData("ونشر الجيش العراقي وحدات إضافية قرب الحدود.", "الجيش العراقي")]
    public void Nisba_stays_when_the_name_needs_it(string text, string surface)
    {
        var doc = Run(text);
        Assert.Contains(surface, Names(doc));
    }

    [Fact]
    public void Seat_after_fi_is_the_place_and_elsewhere_the_body()
    {
        // Rule: البيت الأبيض after في is where the meeting happens (LOC); as the subject of قال it acts (ORG).
        var doc = Run("واجتمع الوفد العراقي بالمسؤولين في البيت الأبيض، وقال البيت الأبيض في بيان إن الحوار سيستمر.");
        var seats = Mentions(doc, "البيت الأبيض");
        Assert.Equal([EntityKind.Location, EntityKind.Organization], seats.Select(m => m.Kind));
        Assert.All(seats, m => Assert.Equal("kb:white-house", m.EntityId));
    }
}
