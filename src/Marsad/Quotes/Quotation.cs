using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Words between quotation marks: the opening mark's token, the closing mark's token (-1 when the paragraph ended
/// first), the content tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and their span, which never
/// includes the marks, and how many of them are words (letters or digits).
/// </summary>
internal readonly record struct Quotation(int Open, int Close, int FirstToken, int EndToken, TextSpan Content, int Words)
{
    public bool Closed => Close >= 0;

    /// <summary>The last token of the quotation: the closing mark, or the last content token when unclosed.</summary>
    public int LastToken => Closed ? Close : EndToken - 1;
}
