using Marsad.Tokenization;

namespace Marsad.Numbers;

/// <summary>Reads the value of a digit token: any digit system, thousands groups (4,500 ٤٬٥٠٠), one decimal point (2.5 ٢٫٥).</summary>
public static class DigitNumbers
{
    /// <summary>
    /// More significant digits than this is an identifier, a phone number or a code, not a quantity in news copy
    /// (the largest quantities, trillions with decimals, stay well under it).
    /// </summary>
    public const int MaxDigits = 15;

    /// <summary>Parses a token made by <see cref="Tokenizer"/>; false when it is not a number or is too long.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        long whole = 0;
        long fraction = 0;
        long fractionScale = 1;
        var digits = 0;
        var inFraction = false;
        foreach (var c in token)
        {
            if (CharClasses.IsDigit(c))
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                var d = CharClasses.DigitValue(c);
                if (inFraction)
                {
                    fraction = fraction * 10 + d;
                    fractionScale *= 10;
                }
                else
                {
                    whole = whole * 10 + d;
                }
            }
            else if (CharClasses.IsDecimalSeparator(c) && !inFraction)
            {
                inFraction = true;
            }
            else if (!CharClasses.IsThousandsSeparator(c) || inFraction)
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = whole + (decimal)fraction / fractionScale;
        return true;
    }
}
