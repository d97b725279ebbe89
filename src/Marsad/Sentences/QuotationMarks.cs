namespace Marsad.Sentences;

/// <summary>
/// Which marks open a quotation and which close it. Arabic copy uses «…» (guillemets), “…” and "…"; because
/// right-to-left typing often swaps the curly marks, a quotation opened with either curly mark closes with either.
/// </summary>
public static class QuotationMarks
{
    /// <summary>True when <paramref name="mark"/> can open a quotation at this place in the text.</summary>
    public static bool Opens(string text, int index)
    {
        var mark = text[index];
        return mark switch
        {
            '«' or '“' or '"' => true,
            // ” opens only where an opening mark stands: after a space or the start, and hugging the next word.
            '”' => (index == 0 || char.IsWhiteSpace(text[index - 1])) && index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]),
            _ => false,
        };
    }

    /// <summary>True when <paramref name="mark"/> closes a quotation opened with <paramref name="opener"/>.</summary>
    public static bool Closes(char opener, char mark) => opener switch
    {
        '«' => mark == '»',
        '“' or '”' => mark is '”' or '“',
        '"' => mark == '"',
        _ => false,
    };

    /// <summary>Marks that can end a quotation or a bracket right after a sentence end: «…؟» or (…).</summary>
    public static bool IsClosing(char mark) => mark is '»' or '”' or '"' or '’' or ')' or ']' or '}';
}
