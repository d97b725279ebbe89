namespace Marsad.SearchLoad;

/// <summary>
/// The fixed query mix: Arabic words and names, the same words in other spellings (the variants the search must
/// forgive), English names that expand to Arabic actors, and searches with facet filters and date sorting. Each
/// entry is the query string after <c>/api/search?</c>; clients walk the list from different offsets.
/// </summary>
internal static class QueryMix
{
    public static readonly string[] Queries =
    [
        Q("الميليشيات"), Q("المليشيات"), Q("أمريكية"), Q("أميركية"), Q("قاآني"), Q("قآني"),
        Q("إيران"), Q("العراق"), Q("بغداد"), Q("الحوثي"), Q("داعش"), Q("الانتخابات"), Q("النفط"),
        Q("الحرس الثوري"), Q("الرئيس التركي"), Q("قوات التحالف"), Q("الأمم المتحدة"), Q("الاتفاق النووي"),
        Q("هجوم صاروخي"), Q("وزير الخارجية"), Q("اللاجئين"), Q("المفاوضات"), Q("وللمتظاهرين"), Q("بالصواريخ"),
        Q("Trump"), Q("Erdogan"), Q("Putin"), Q("Kadhimi"), Q("Khamenei"), Q("Netanyahu"), Q("Hezbollah"),
        Q("Rouhani"), Q("Assad"), Q("Pompeo"), Q("Trump Putin"),
        Q("إيران") + "&outlet=BBC", Q("سوريا") + "&from=2018-04-01&to=2018-06-30", Q("ترامب") + "&sort=date",
        Q("القدس") + "&page=2", "sort=date&from=2018-05-01&to=2018-05-31",
    ];

    static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}
