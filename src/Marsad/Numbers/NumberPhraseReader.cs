namespace Marsad.Numbers;

/// <summary>
/// Reads a run of number words as one value, by the grammar of Arabic compound numerals: units come before
/// tens and join them with و (خمسة وعشرون = 25), عشر after a unit makes a teen (ثلاثة عشر = 13), a unit before
/// مئة multiplies it (ثلاث مئة = 300), a scale multiplies the count before it (خمسون ألفاً = 50,000), and after a
/// hundred or a scale smaller parts follow with و (ألف وخمسمئة = 1,500). Any other pairing (ثلاثة وأربعة, a list)
/// stops the run, so a list of numbers stays a list.
/// </summary>
static class NumberPhraseReader
{
    enum Last { None, Unit, Teen, Ten, Hundreds, Scale, Half }

    /// <summary>Reads number words from token <paramref name="start"/>; returns how many tokens form the number (0: none).</summary>
    public static int Read(in TokenRun run, int start, NumberLexicon lexicon, out decimal value)
    {
        decimal total = 0, group = 0, lastScale = decimal.MaxValue;
        var last = Last.None;
        var j = start;
        var tokens = run.Tokens;
        var limit = run.Length;
        while (j < limit && (j == start || run.Joins(j)))
        {
            if (!NumberFinder.TryGetWord(tokens[j], lexicon, j == start, out var word, out var conjoined, out _))
            {
                break;
            }

            var v = word.Value;
            var consumed = 1;
            var next = Last.None;
            switch (word.Kind)
            {
                case NumberWordKind.Unit when last == Last.None || (conjoined && (last is Last.Scale || (last == Last.Hundreds && group % 100 == 0))):
                    group += v;
                    next = Last.Unit;
                    break;
                case NumberWordKind.TeenUnit when (last == Last.None || (conjoined && EndsGroup(last, group))) && IsTeenTen(run, j + 1, lexicon):
                    group += v + 10;
                    consumed = 2;
                    next = Last.Teen;
                    break;
                case NumberWordKind.Ten when v == 10 && !conjoined && last == Last.Unit:
                    group += 10;
                    next = Last.Teen;
                    break;
                case NumberWordKind.Ten when last == Last.None || (conjoined && (EndsGroup(last, group) || (last == Last.Unit && group % 100 < 10 && v > 10))):
                    group += v;
                    next = Last.Ten;
                    break;
                case NumberWordKind.Hundred when !conjoined && last == Last.Unit:
                    group = group - group % 100 + group % 100 * 100;
                    next = Last.Hundreds;
                    break;
                case NumberWordKind.Hundred or NumberWordKind.Hundreds when last == Last.None || (conjoined && last == Last.Scale):
                    group += v;
                    next = Last.Hundreds;
                    break;
                case NumberWordKind.Scale when !conjoined && (last is Last.Unit or Last.Teen or Last.Ten or Last.Hundreds) && v < lastScale:
                    total += group * v;
                    (group, lastScale, next) = (0, v, Last.Scale);
                    break;
                // Arabic counts with a plural noun only from 3 to 10 (ثلاثة آلاف، عشرة ملايين); 11 and up take the singular.
                case NumberWordKind.ScalePlural when !conjoined && (last is Last.Unit or Last.Ten) && group is >= 3 and <= 10 && v < lastScale:
                    total += group * v;
                    (group, lastScale, next) = (0, v, Last.Scale);
                    break;
                case NumberWordKind.Scale or NumberWordKind.ScaleDual when (last == Last.None || (conjoined && last == Last.Scale)) && v < lastScale:
                    total += word.Kind == NumberWordKind.ScaleDual ? 2 * v : v;
                    (lastScale, next) = (v, Last.Scale);
                    break;
                case NumberWordKind.Half when conjoined && last == Last.Scale:
                    total += lastScale * v;
                    next = Last.Half;
                    break;
            }

            if (next == Last.None)
            {
                break;
            }

            last = next;
            j += consumed;
        }

        value = total + group;
        return j - start;
    }

    /// <summary>After a hundred or a scale, a group has room for tens and units.</summary>
    static bool EndsGroup(Last last, decimal group) => last == Last.Scale || (last == Last.Hundreds && group % 100 == 0);

    static bool IsTeenTen(in TokenRun run, int j, NumberLexicon lexicon) =>
        j < run.Length && run.Joins(j) && NumberFinder.TryGetWord(run.Tokens[j], lexicon, false, out var ten, out var conjoined, out _)
        && !conjoined && ten is { Kind: NumberWordKind.Ten, Value: 10 };
}
