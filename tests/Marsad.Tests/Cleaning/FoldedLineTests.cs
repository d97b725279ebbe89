using Marsad.Arabic;
using Marsad.Cleaning;

namespace Marsad.Tests.Cleaning;

public class FoldedLineTests
{
    [Theory]
    [InlineData("إقرأوا أيضاً:")] // hamza forms and tanwin
    [InlineData("قاآني والمستشفى")] // doubled alef, alef maksura
    [InlineData("جـــميل ﻻ")] // tatweel, lam-alef ligature
    [InlineData("٢٤/١١/٢٠٢٠ TT")] // digits and Latin case
    public void Folds_like_ArabicFolding(string line) =>
        Assert.Equal(ArabicFolding.Fold(line), FoldedLine.Fold(line).Text);

    [Fact]
    public void Collapses_whitespace_and_trims()
    {
        Assert.Equal("اقرا ايضا", FoldedLine.Fold("  اقرأ\t\u00A0 أيضا  ").Text);
    }

    [Fact]
    public void Key_drops_leading_and_trailing_punctuation()
    {
        Assert.Equal("اقراوا ايضا", FoldedLine.Fold("« إقرأوا أيضاً: »").Key);
    }

    [Fact]
    public void Maps_folded_ranges_back_to_the_original_text()
    {
        var line = "نُشر في ٩ أبريل ٢٠٢١";
        var folded = FoldedLine.Fold(line);
        var at = folded.Text.IndexOf("9 ابريل 2021", StringComparison.Ordinal);
        var (start, end) = folded.SourceRange(at, at + "9 ابريل 2021".Length);
        Assert.Equal("٩ أبريل ٢٠٢١", line[start..end]);
    }

    [Theory]
    [InlineData("\uFDD0 بغداد")] // a noncharacter inside the presentation block survives NFKC
    [InlineData("\uD800\uFEFB")] // a lone surrogate next to a ligature: NFKC refuses the text
    public void Folding_odd_code_points_neither_loops_nor_throws(string line)
    {
        Assert.NotNull(FoldedLine.Fold(line).Text);
        Assert.NotNull(ArabicFolding.Fold(line));
    }
}
