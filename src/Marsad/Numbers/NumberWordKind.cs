namespace Marsad.Numbers;

/// <summary>The grammatical role of an Arabic number word, which decides how it combines with its neighbours.</summary>
public enum NumberWordKind
{
    /// <summary>1-9 (ثلاثة، ثلاث).</summary>
    Unit,

    /// <summary>The first part of 11 or 12 (أحد، اثنا), a count only before عشر/عشرة.</summary>
    TeenUnit,

    /// <summary>10-90 (عشرة، خمسون، خمسين).</summary>
    Ten,

    /// <summary>مئة/مائة: 100, or a multiplier after a unit (ثلاث مئة).</summary>
    Hundred,

    /// <summary>200-900 as one word (مئتان، ثلاثمئة).</summary>
    Hundreds,

    /// <summary>ألف، مليون، مليار: multiplies the count before it.</summary>
    Scale,

    /// <summary>The dual of a scale (ألفين): twice the scale.</summary>
    ScaleDual,

    /// <summary>The plural of a scale (آلاف): needs a count before it (ثلاثة آلاف), vague alone.</summary>
    ScalePlural,

    /// <summary>نصف as "and a half" after a scale (مليون ونصف).</summary>
    Half,
}
