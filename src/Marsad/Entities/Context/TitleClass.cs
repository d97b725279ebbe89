namespace Marsad.Entities.Context;

/// <summary>What a title before or after a person's name says about them (data/context/titles.tsv).</summary>
public enum TitleClass
{
    /// <summary>A post held (رئيس الوزراء، وزير الخارجية): holds_role.</summary>
    Office,

    /// <summary>Heads what follows (قائد، زعيم، الأمين العام): leads an organisation; of a country, a post.</summary>
    Leader,

    /// <summary>Belongs to what follows (عضو، القيادي في): member_of.</summary>
    Member,

    /// <summary>Speaks for what follows (المتحدث باسم): spokesperson_of.</summary>
    Spokesperson,

    /// <summary>A profession (الكاتب، المحلل السياسي): holds_role without an organisation.</summary>
    Occupation,

    /// <summary>A military or police rank (اللواء، العميد): evidence for a name only.</summary>
    Rank,

    /// <summary>A form of address or religious title (الشيخ، السيد): evidence for a name only.</summary>
    Honorific,

    /// <summary>A noun for a person (المواطن، الشهيد): evidence for a name only.</summary>
    Person,

    /// <summary>Deputy, acting, assistant: joins the title after it (نائب رئيس الوزراء).</summary>
    Modifier,
}
