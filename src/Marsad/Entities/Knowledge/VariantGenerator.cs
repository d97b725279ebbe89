using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Generates the folded spelling variants a matcher should accept for one Arabic name, by rules rather than by
/// listing them in the tables (docs/knowledge-base.md, "Variants"). <see cref="ArabicFolding"/> already merges
/// hamza and alef forms, ى/ي, ة/ه, ک/ی and doubled alef (قآني/قاآني); the rules here add what folding cannot.
/// Every rule is one public function over a folded, single-spaced name and returns only new spellings.
/// </summary>
public static class VariantGenerator
{
    /// <summary>Cap per name: the vowel-letter rules multiply with the particle rules; beyond this the extra
    /// spellings are combinations no outlet writes, and the trie would grow for nothing.</summary>
    public const int MaxVariantsPerName = 64;

    /// <summary>Words shorter than this keep their vowel letters: in four-letter words a dropped or added ا/و/ي
    /// makes another common word (عامر/عمر، جاسم/جسم), while longer foreign names only vary in spelling (ترامب/ترمب).</summary>
    public const int MinLettersForVowelRules = 5;

    /// <summary>All variants of <paramref name="name"/> (its folded form first), at most <see cref="MaxVariantsPerName"/>.</summary>
    public static IReadOnlyList<string> Generate(string name, NameProfile profile, IReadOnlyDictionary<string, string>? wikidataSpellings = null)
    {
        var folded = Normalize(name);
        var result = new List<string> { folded };
        var seen = new HashSet<string>(StringComparer.Ordinal) { folded };

        void AddAll(IEnumerable<string> variants)
        {
            foreach (var v in variants)
            {
                if (result.Count < MaxVariantsPerName && v.Length > 0 && seen.Add(v))
                {
                    result.Add(v);
                }
            }
        }

        void Apply(Func<string, IEnumerable<string>> rule)
        {
            // Iterate over a snapshot so each rule also applies to the spellings earlier rules made.
            foreach (var v in result.ToArray())
            {
                AddAll(rule(v));
            }
        }

        Apply(PersianLetters);
        if (profile.Kind is EntityKind.GeoPolitical or EntityKind.Location)
        {
            Apply(OptionalArticle);
        }

        if (wikidataSpellings is not null && profile.NameEn is { } en)
        {
            AddAll(WikidataSpellings(folded, en, wikidataSpellings));
        }

        Apply(AbuCaseForms);
        Apply(IbnForms);
        Apply(ParticleJoins);
        if (profile.Transliterated)
        {
            // One vowel-letter edit per spelling: outlets differ in one vowel, rarely in two.
            foreach (var v in result.ToArray())
            {
                AddAll(LongVowelDrops(v));
                AddAll(AlefInsertions(v));
            }
        }

        return result;
    }

    /// <summary>Folds and collapses runs of spaces, so names and tokens compare word by word.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', ArabicFolding.Fold(name.Replace('-', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Persian letters in names pasted from Persian sources have no single Arabic equivalent: گ is written ك, ج or
    /// غ (گلپایگانی/كلبايكاني/جلبايجاني), پ is ب, چ is ج or تش, ژ is ج or ز. (ک and ی are folded already.)
    /// </summary>
    public static IEnumerable<string> PersianLetters(string name)
    {
        if (name.AsSpan().IndexOfAny("گپچژ") < 0)
        {
            return [];
        }

        var current = new List<string> { "" };
        foreach (var c in name)
        {
            string[] options = c switch
            {
                ArabicLetters.Gaf => ["ك", "ج", "غ"],
                ArabicLetters.Peh => ["ب"],
                ArabicLetters.Tcheh => ["ج", "تش"],
                ArabicLetters.Jeh => ["ج", "ز"],
                _ => [c.ToString()],
            };
            var next = new List<string>(current.Count * options.Length);
            foreach (var head in current)
            {
                foreach (var o in options)
                {
                    if (next.Count < MaxVariantsPerName)
                    {
                        next.Add(head + o);
                    }
                }
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// A one-word place name keeps or loses its article: ل + ال elides to لل (للموصل), headlines and lists drop it
    /// (موصل، عراق). Only one-word names: in a noun–adjective name (المنطقة الخضراء) the article agrees on both
    /// words, and in an idafa (مطار بغداد) the first word can never take it, so no other form is Arabic.
    /// </summary>
    public static IEnumerable<string> OptionalArticle(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return [];
        }

        // A remainder of two letters or fewer is rarely a name (ال + قدس yes, ال + ري no): keep the article there.
        return name.StartsWith("ال", StringComparison.Ordinal) && name.Length > 4 ? [name[2..]] : [];
    }

    /// <summary>
    /// أبو "father of" is declined in a kunya: أبو (nominative), أبي (genitive: عن أبي مهدي), أبا (accusative:
    /// إن أبا مهدي). Folding writes all three with a bare alef.
    /// </summary>
    public static IEnumerable<string> AbuCaseForms(string name) => ReplaceWord(name, "ابو", ["ابي", "ابا"]);

    /// <summary>بن and ابن "son of" are both written in a nasab (محمد بن سلمان / محمد ابن سلمان; ابن سلمان / بن سلمان).</summary>
    public static IEnumerable<string> IbnForms(string name) =>
        ReplaceWord(name, "بن", ["ابن"]).Concat(ReplaceWord(name, "ابن", ["بن"]));

    /// <summary>
    /// عبد and أبو are written apart from or joined to the next word: عبد المهدي / عبدالمهدي, أبو مازن / أبومازن.
    /// Joined forms in the table are split too.
    /// </summary>
    public static IEnumerable<string> ParticleJoins(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && words[i] is "عبد" or "ابو")
            {
                yield return string.Join(' ', [.. words[..i], words[i] + words[i + 1], .. words[(i + 2)..]]);
            }

            if (words[i].StartsWith("عبدال", StringComparison.Ordinal) && words[i].Length > 6)
            {
                yield return string.Join(' ', [.. words[..i], "عبد", words[i][3..], .. words[(i + 1)..]]);
            }
        }
    }

    /// <summary>
    /// Transliterated names vary in their long-vowel letters: one outlet writes ترامب, another ترمب; ماكينزي/ماكنزي.
    /// Drops one medial ا, و or ي standing between two consonants, in words of at least
    /// <see cref="MinLettersForVowelRules"/> letters (the article of a word does not count).
    /// </summary>
    public static IEnumerable<string> LongVowelDrops(string name)
    {
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var start = StemStart(word);
            if (word.Length - start < MinLettersForVowelRules)
            {
                continue;
            }

            for (var p = start + 1; p < word.Length - 1; p++)
            {
                if (IsVowelLetter(word[p]) && !IsVowelLetter(word[p - 1]) && !IsVowelLetter(word[p + 1]))
                {
                    yield return WithWord(words, w, word.Remove(p, 1));
                }
            }
        }
    }

    /// <summary>
    /// The other direction of <see cref="LongVowelDrops"/>: an ا written between two medial consonants
    /// (نتنياهو/نتانياهو, بلينكن/بلينكين is listed, not generated).
    /// </summary>
    public static IEnumerable<string> AlefInsertions(string name)
    {
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var start = StemStart(word);
            if (word.Length - start < MinLettersForVowelRules)
            {
                continue;
            }

            for (var p = start + 1; p < word.Length - 1; p++)
            {
                if (!IsVowelLetter(word[p - 1]) && !IsVowelLetter(word[p]))
                {
                    yield return WithWord(words, w, word.Insert(p, "ا"));
                }
            }
        }
    }

    /// <summary>
    /// Wikidata's Arabic labels give one spelling per English name token (CC0 table kb/wikidata-name-tokens.tsv).
    /// When the English and Arabic names have the same number of words, each Arabic word may be replaced by
    /// Wikidata's spelling of the English word in the same place when it has the same consonants (ماكينزي → ماكنزي).
    /// </summary>
    public static IEnumerable<string> WikidataSpellings(string name, string nameEn, IReadOnlyDictionary<string, string> spellings)
    {
        var words = name.Split(' ');
        var english = EnglishNames.Tokens(nameEn);
        if (english.Length != words.Length)
        {
            yield break;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!spellings.TryGetValue(english[i], out var arabic))
            {
                continue;
            }

            // Wikidata spells the token of *some* person: assad is أسعد there, not الأسد. Keep only spellings with our
            // consonants (vowel letters and the letters that render English g aside): true variants of the same word.
            var stem = words[i][StemStart(words[i])..];
            var theirs = arabic[StemStart(arabic)..];
            if (theirs != stem && Skeleton(theirs) == Skeleton(stem))
            {
                yield return WithWord(words, i, words[i][..StemStart(words[i])] + theirs);
            }
        }
    }

    /// <summary>A word's consonants: long-vowel letters dropped, and ج/غ/ق (all used for English g) read as ك.</summary>
    static string Skeleton(string word)
    {
        var sb = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!IsVowelLetter(c))
            {
                sb.Append(c is 'ج' or 'غ' or 'ق' ? ArabicLetters.Kaf : c);
            }
        }

        return sb.ToString();
    }

    static IEnumerable<string> ReplaceWord(string name, string word, string[] replacements)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == word)
            {
                foreach (var r in replacements)
                {
                    yield return WithWord(words, i, r);
                }
            }
        }
    }

    static string WithWord(string[] words, int index, string replacement)
    {
        var copy = (string[])words.Clone();
        copy[index] = replacement;
        return string.Join(' ', copy);
    }

    static int StemStart(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4 ? 2 : 0;

    static bool IsVowelLetter(char c) => c is ArabicLetters.Alef or ArabicLetters.Waw or ArabicLetters.Yeh;
}
