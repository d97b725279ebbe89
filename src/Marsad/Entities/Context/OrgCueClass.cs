namespace Marsad.Entities.Context;

/// <summary>How an organisation cue word relates to the name after it (data/context/org-cues.tsv).</summary>
public enum OrgCueClass
{
    /// <summary>A unit named after something (كتائب حزب الله): cue + a listed name is another group.</summary>
    Unit,

    /// <summary>A type word that starts an unlisted name (حزب الدعوة); before a listed name it only names its type.</summary>
    Head,

    /// <summary>The cue describes the group (تنظيم، ميليشيا): the mention is the listed or quoted name after it.</summary>
    Descriptor,

    /// <summary>An outlet (صحيفة، قناة، موقع، وكالة): the mention is the name after it.</summary>
    Media,

    /// <summary>A government body (وزارة): like <see cref="Head"/>, with the nationality after the name in it.</summary>
    Body,

    /// <summary>A place named by its kind and the place it serves (مطار صنعاء الدولي، ميناء الحديدة): a location.</summary>
    Facility,

    /// <summary>A word after which a quoted name is the outlet reporting (قال لـ«…»، نقلت «…»، بحسب «…»).</summary>
    Reporting,

    /// <summary>A diplomatic mission (السفارة الأمريكية): the definite cue and the nationality adjective after it.</summary>
    Mission,
}
