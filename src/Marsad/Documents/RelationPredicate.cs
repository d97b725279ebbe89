namespace Marsad.Documents;

/// <summary>The relations Marsad reads from appositions and role phrases.</summary>
public enum RelationPredicate
{
    /// <summary>Holds a title (e.g. رئيس الوزراء), optionally of an organisation or country.</summary>
    HoldsRole,

    /// <summary>Member of a group, party, bloc or body (عضو، القيادي في).</summary>
    MemberOf,

    /// <summary>Leads it (قائد، زعيم، رئيس، الأمين العام).</summary>
    Leads,

    /// <summary>Speaks for it (المتحدث/الناطق باسم).</summary>
    SpokespersonOf,

    /// <summary>An organisation that is part of another (a brigade of the PMF, a bloc of a party).</summary>
    PartOf,

    /// <summary>Aligned with (الموالية لـ، المدعومة من، التابعة لـ، الحليفة لـ).</summary>
    AlignedWith,

    /// <summary>Succeeded someone in a post (خليفة …).</summary>
    Succeeded,

    /// <summary>Opposes, where the text says so (المعارض لـ، المناهض لـ).</summary>
    Opposes,
}
