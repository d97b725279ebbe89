using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Tokenization;

/// <summary>The character classes the tokenizer cuts on. Pure functions over one UTF-16 code unit.</summary>
public static class CharClasses
{
    /// <summary>
    /// Characters that belong inside an Arabic word: letters of every Arabic block (presentation forms included),
    /// harakat and Quranic marks, and tatweel (kashida), which stretches a word without ending it.
    /// </summary>
    public static bool IsArabicWordChar(char c) =>
        IsArabicLetter(c) || IsDiacritic(c) || c == Tatweel
        || c is (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
        || (c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC') && c is not ('\uFD3E' or '\uFD3F'));

    /// <summary>Latin (ASCII), Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits.</summary>
    public static bool IsDigit(char c) =>
        c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>The value of a digit accepted by <see cref="IsDigit"/>.</summary>
    public static int DigitValue(char c) => c switch
    {
        <= '9' => c - '0',
        <= '\u0669' => c - ArabicIndicZero,
        _ => c - ExtendedArabicIndicZero,
    };

    /// <summary>A decimal point between digits: "." in Latin-digit copy, ٫ with Arabic-Indic digits.</summary>
    public static bool IsDecimalSeparator(char c) => c is '.' or ArabicDecimalSeparator;

    /// <summary>A thousands separator between digit groups: "," in Latin-digit copy, ٬ with Arabic-Indic digits.</summary>
    public static bool IsThousandsSeparator(char c) => c is ',' or ArabicThousandsSeparator;

    /// <summary>Line and paragraph breaks: a sentence never continues across one.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    /// <summary>Characters between tokens: white space and the invisible marks that pages sprinkle around words.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || IsInvisibleFormat(c);

    /// <summary>True when <c>text[from..to)</c> holds a line break (the gap between two tokens crosses a line).</summary>
    public static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsLineBreak(text[k]))
            {
                return true;
            }
        }

        return false;
    }
}
