namespace Marsad.Dates;

/// <summary>A unit of time counted in relative dates (قبل ثلاثة أيام) or named as a period (الأسبوع الماضي).</summary>
internal enum TimeUnit : byte { None, Hour, Day, Week, Month, Year, Decade, Season }

/// <summary>Where a named period lies relative to the anchor: الماضي، المقبل، الحالي، or "recent" (الأخيرة).</summary>
internal enum Direction : byte { None, Past, Current, Next, Recent }

/// <summary>The part of a period a phase word picks out: مطلع (opening), منتصف (middle), نهاية (closing).</summary>
internal enum Phase : byte { None, Opening, Middle, Closing }

/// <summary>Which month-name series a name belongs to; only <see cref="Hijri"/> changes the calendar.</summary>
internal enum MonthSeries : byte { None, Gregorian, Levantine, Maghrebi, Francophone, Hijri }

/// <summary>When a month name standing alone counts as a month (see data/dates/months.tsv).</summary>
internal enum MonthAlone : byte { Yes, Cue, No }

/// <summary>Meteorological seasons of the northern hemisphere.</summary>
internal enum Season : byte { None, Spring, Summer, Autumn, Winter }
