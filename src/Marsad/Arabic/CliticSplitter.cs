using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Arabic;

/// <summary>
/// Splits the proclitics و ف ب ك ل ال س (and their combinations) from a folded Arabic word: وبالأمس → و+ب+ال+أمس,
/// للعراق → ل+(ال)+عراق, وسيعلن → و+س+يعلن. Many stems merely begin with those letters (بغداد، لبنان، وزير، كانون),
/// so every rule is guarded: a minimum base length, a morphological cue for the bare prepositions, and the table
/// <c>arabic/clitic-exceptions.tsv</c> (plus the number words of <c>arabic/number-words.tsv</c>) of words that are
/// never split. An optional surface form lets the splitter see hamzas that folding removed (ألف is not ال+ف).
/// Pure functions; the tables are read once and never change.
/// </summary>
public static class CliticSplitter
{
    // A triliteral root needs three letters: after a conjunction or a bare preposition a shorter rest is
    // almost always part of the stem (وقت، بعد، لكن), not a clitic and a word.
    const int MinBase = 3;

    // Light10's guard after the article: two-letter nouns do take it (الأب، الأم، اليد).
    const int MinBaseAfterArticle = 2;

    // A bare ب/ل before alef is kept only for masdars of forms IV, VII, VIII and X (بإطلاق، لانسحاب، باستخدام,
    // لاعتبار), which have five letters or more; shorter alef-initial rests are stems (باقي، بارز، كامل).
    const int MinBaseAfterPrepositionBeforeAlef = 5;

    // A bare ك is kept only before a mīm-initial participle or masdar of four letters or more (كمراقب، كمصدر);
    // ك-initial stems (كبير، كتائب، كلمة، كانون) outnumber bare ك more than four to one in news copy.
    const int MinBaseAfterKaf = 4;

    static readonly string[] Prefixes = BuildPrefixes();

    /// <summary>Splits a folded word (see <see cref="ArabicFolding"/>).</summary>
    public static CliticSplit Split(string folded) => Split(folded, []);

    /// <summary>
    /// Splits a folded word; <paramref name="surface"/> is the unfolded word it came from (or empty), used only
    /// to see hamzas on alef: the article's alef is hamzat al-wasl and never carries one, so أل/إل/آل is not ال.
    /// </summary>
    public static CliticSplit Split(string folded, ReadOnlySpan<char> surface)
    {
        var length = PrefixLength(folded, surface, out var proclitics);
        return length == 0
            ? new CliticSplit(string.Empty, folded, Proclitics.None)
            : new CliticSplit(PrefixOf(proclitics), folded[length..], proclitics);
    }

    /// <summary>The folded proclitics for a set of flags, as they are written (Lam | Article is "لل").</summary>
    public static string PrefixOf(Proclitics proclitics) => Prefixes[(int)proclitics & 127];

    /// <summary>How many folded characters of <paramref name="folded"/> are proclitics; 0 when none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> folded, ReadOnlySpan<char> surface, out Proclitics proclitics)
    {
        proclitics = Proclitics.None;

        // Every proclitic starts with one of these letters; other words need no table lookups at all.
        if (folded.Length < MinBase || folded[0] is not (Waw or Feh or Beh or Kaf or Lam or Alef or Seen)
            || !IsArabicWord(folded) || CliticTable.IsProtected(folded))
        {
            return 0;
        }

        var p = 0;
        var conjunction = Proclitics.None;
        if (folded[0] is Waw or Feh && folded.Length - 1 >= MinBase)
        {
            conjunction = folded[0] == Waw ? Proclitics.Waw : Proclitics.Feh;
            p = 1;
            var mark = CliticTable.Mark(folded[1..]);
            if ((mark & TableMark.Entry) != 0)
            {
                // The rest is a table word (وزير in ووزير, لبنان in فلبنان): split the conjunction, nothing more.
                proclitics = conjunction;
                return 1;
            }

            if (mark != TableMark.None)
            {
                // The rest only looks like a table word's stem: و is still a safe conjunction, ف is not (فؤاد).
                proclitics = conjunction == Proclitics.Waw ? conjunction : Proclitics.None;
                return proclitics == Proclitics.None ? 0 : 1;
            }
        }

        var inner = InnerClitics(folded[p..], surface, p, out var innerLength);
        if (inner == Proclitics.None && conjunction == Proclitics.Feh)
        {
            // A bare ف before an unknown word is rarer than a ف-initial stem (فريق، فرصة، فيديو، فلسطين): ف is
            // split only before another clitic or a known stem.
            return 0;
        }

        proclitics = conjunction | inner;
        return p + innerLength;
    }

    /// <summary>The clitics after the conjunction: article, preposition (+ article), or future س.</summary>
    static Proclitics InnerClitics(ReadOnlySpan<char> rest, ReadOnlySpan<char> surface, int offset, out int length)
    {
        length = 0;
        if (rest.Length < MinBase)
        {
            return Proclitics.None;
        }

        if (rest[0] == Alef && rest[1] == Lam && rest.Length - 2 >= MinBaseAfterArticle && !HasHamza(surface, offset))
        {
            length = 2;
            return Proclitics.Article;
        }

        var first = rest[0];
        if (first is Beh or Kaf && rest.Length - 3 >= MinBaseAfterArticle && rest[1] == Alef && rest[2] == Lam
            && !HasHamza(surface, offset + 1) && !CliticTable.IsKnownStem(rest[1..]))
        {
            // A table word that opens with ال (الذي، آلاف folded to الاف) keeps it: only the preposition comes off below.
            length = 3;
            return (first == Beh ? Proclitics.Beh : Proclitics.Kaf) | Proclitics.Article;
        }

        if (first == Lam && rest[1] == Lam && rest.Length - 2 >= MinBaseAfterArticle)
        {
            // ل + ال drops the alef (للعراق). Before an ل-initial stem the article's lam merges too (للجنة is
            // ل+ال+لجنة, للبنان is ل+لبنان): then only the first ل is a clitic.
            length = CliticTable.IsKnownStem(rest[1..]) ? 1 : 2;
            return length == 1 ? Proclitics.Lam : Proclitics.Lam | Proclitics.Article;
        }

        var stem = rest[1..];
        if (stem.Length < MinBase)
        {
            return Proclitics.None;
        }

        length = 1;
        switch (first)
        {
            // A known stem from the table is a word, whatever its first letter (ببغداد، لفرنسا، كوزير).
            case Beh when IsDerivedNoun(stem) || CliticTable.IsKnownStem(stem):
                return Proclitics.Beh;
            case Lam when IsDerivedNoun(stem) || stem[0] is Yeh or Teh or Noon || CliticTable.IsKnownStem(stem):
                // ل also precedes imperfect verbs (lām al-taʿlīl: ليعلن، لتكون).
                return Proclitics.Lam;
            case Kaf when (stem[0] == Meem && stem.Length >= MinBaseAfterKaf) || CliticTable.IsKnownStem(stem):
                return Proclitics.Kaf;
            case Seen when IsFutureVerb(stem, surface, offset + 1):
                return Proclitics.Future;
            default:
                length = 0;
                return Proclitics.None;
        }
    }

    /// <summary>
    /// The morphological cue for a bare ب/ل: derived nouns begin with م (participles and mīmī masdars: بموجب,
    /// لمدة), ت (tafʿīl masdars: بتنفيذ، لتعزيز) or, when long enough, alef (forms IV, VII, VIII, X).
    /// </summary>
    static bool IsDerivedNoun(ReadOnlySpan<char> stem) =>
        stem[0] is Meem or Teh || (stem[0] == Alef && stem.Length >= MinBaseAfterPrepositionBeforeAlef);

    /// <summary>
    /// س marks the future only on an imperfect verb: the stem opens with ي/ت/ن or a hamzated أ (folding makes it
    /// a bare alef, so أ needs the surface form), and does not end like a noun (ة, ات, ين): سيارة، سنوات، ستين.
    /// </summary>
    static bool IsFutureVerb(ReadOnlySpan<char> stem, ReadOnlySpan<char> surface, int stemOffset)
    {
        var imperfect = stem[0] is Yeh or Teh or Noon || (stem[0] == Alef && HasHamza(surface, stemOffset));
        return imperfect && stem[^1] != Heh && !stem.EndsWith("ات") && !stem.EndsWith("ين");
    }

    /// <summary>True when the surface letter at folded position <paramref name="foldedIndex"/> is an alef with a hamza or madda.</summary>
    static bool HasHamza(ReadOnlySpan<char> surface, int foldedIndex)
    {
        if (surface.IsEmpty)
        {
            return false;
        }

        var i = FoldedPositions.SurfaceIndex(surface, foldedIndex);
        return i >= 0 && i < surface.Length && surface[i] is AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWithMadda;
    }

    static bool IsArabicWord(ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            if (!IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    static string[] BuildPrefixes()
    {
        var prefixes = new string[128];
        for (var flags = 0; flags < prefixes.Length; flags++)
        {
            var p = (Proclitics)flags;
            var text = string.Concat(
                p.HasFlag(Proclitics.Waw) ? "و" : "",
                p.HasFlag(Proclitics.Feh) ? "ف" : "",
                p.HasFlag(Proclitics.Beh) ? "ب" : "",
                p.HasFlag(Proclitics.Kaf) ? "ك" : "",
                p.HasFlag(Proclitics.Lam) ? "ل" : "",
                p.HasFlag(Proclitics.Future) ? "س" : "");
            prefixes[flags] = text + (!p.HasFlag(Proclitics.Article) ? "" : p.HasFlag(Proclitics.Lam) ? "ل" : "ال");
        }

        return prefixes;
    }
}
