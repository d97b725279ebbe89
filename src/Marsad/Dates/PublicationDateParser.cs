using System.Buffers;
using Marsad.Documents;

namespace Marsad.Dates;

/// <summary>
/// Reads a printed publication date from a page header line, for the cleaning stage: numeric dates day first
/// (24/11/2020, 09.04.2021, 3-4-2021 — the Arab convention) or year first (2021-04-09), a day, month name and
/// year in any series (9 أبريل 2021، 9 نيسان 2021، الجمعة 9 أبريل 2021), in Latin or Arabic-Indic digits
/// (٢٤/١١/٢٠٢٠), and dates glued to the words around them (SiteName9 أبريل 2021آخر تحديث). The first complete
/// Gregorian date in the text wins; dates without a year are not publication dates.
/// </summary>
public static class PublicationDateParser
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out TextSpan span) =>
        TryParse(text, DateLexicon.Default, out date, out span);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out DateOnly, out TextSpan)"/>, with a given lexicon.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, DateLexicon lexicon, out DateOnly date, out TextSpan span)
    {
        date = default;
        span = default;
        if (text.IsEmpty)
        {
            return false;
        }

        var buffer = ArrayPool<DateToken>.Shared.Rent(text.Length);
        try
        {
            var count = DateScanner.Scan(text, lexicon, buffer);
            if (!DateGrammar.FindFirstFullDate(text, buffer.AsSpan(0, count), lexicon, out var found)
                || !CalendarMath.IsValid(found.Year, found.Month, found.Day))
            {
                return false;
            }

            date = new DateOnly(found.Year, found.Month, found.Day);
            span = found.Span;
            return true;
        }
        finally
        {
            ArrayPool<DateToken>.Shared.Return(buffer);
        }
    }
}
