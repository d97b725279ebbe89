using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Resources;

namespace Marsad.Events;

/// <summary>
/// The tables of <c>data/events/</c>, read once into phrase indexes: triggers, mode cues, flag and structure cues,
/// casualty words, units and source classes. Immutable and shared by every <see cref="EventFinder"/>.
/// </summary>
public sealed class EventLexicon
{
    static readonly Lazy<EventLexicon> Shipped = new(Load);

    // Regular conjugations generated from the third person masculine singular (docs/events.md, "Triggers"):
    // past he/she/they/they two (m, f)/they (f)/we; imperfect he/she/we/they (m, f, two; subjunctive -وا).
    static readonly string[] PastEndings = ["", "ت", "وا", "ا", "تا", "ن", "نا"];
    static readonly string[] ImperfectPrefixes = ["ي", "ت", "ن"];
    static readonly string[] ImperfectEndings = ["", "ون", "ان", "وا", "ن"];

    EventLexicon(
        PhraseIndex<TriggerRule> triggers,
        PhraseIndex<(EventCategory Category, string Mode)[]> modeCues,
        PhraseIndex<CueRole> cues,
        PhraseIndex<CasualtyWord> casualties,
        PhraseIndex<string> units,
        PhraseIndex<string> sourceClasses)
    {
        Triggers = triggers;
        ModeCues = modeCues;
        Cues = cues;
        Casualties = casualties;
        Units = units;
        SourceClasses = sourceClasses;
    }

    /// <summary>The tables shipped in the engine.</summary>
    public static EventLexicon Default => Shipped.Value;

    internal PhraseIndex<TriggerRule> Triggers { get; }

    /// <summary>Mode cues: one phrase per form, with every (category, mode) it gives (اجتماع is meet for REQUEST and REJECT).</summary>
    internal PhraseIndex<(EventCategory Category, string Mode)[]> ModeCues { get; }

    internal PhraseIndex<CueRole> Cues { get; }

    internal PhraseIndex<CasualtyWord> Casualties { get; }

    internal PhraseIndex<string> Units { get; }

    internal PhraseIndex<string> SourceClasses { get; }

    /// <summary>Reads the embedded tables.</summary>
    public static EventLexicon Load() => new(
        PhraseIndex<TriggerRule>.Build(ReadTriggers(), inflected: true),
        PhraseIndex<(EventCategory Category, string Mode)[]>.Build(ReadModeCues(), inflected: true),
        PhraseIndex<CueRole>.Build(Merge(ReadCues())),
        PhraseIndex<CasualtyWord>.Build(ReadCasualties()),
        PhraseIndex<string>.Build(ReadNamed("events/units.tsv", MatchOn.Stem)),
        PhraseIndex<string>.Build(ReadNamed("events/source-classes.tsv", MatchOn.Base)));

    /// <summary>The PLOVER category of a table name (ASSAULT → Assault).</summary>
    public static EventCategory ParseCategory(string name) => Enum.Parse<EventCategory>(name, ignoreCase: true);

    static IEnumerable<(string, MatchOn, bool, TriggerRule)> ReadTriggers()
    {
        foreach (var row in Rows("events/triggers.tsv", "category"))
        {
            var kind = row[1];
            var rule = new TriggerRule(
                ParseCategory(row[0]), List(row[3], ','), List(row[4], ','), Enum.Parse<Frame>(row[5], ignoreCase: true),
                [.. List(row[6], '|').Select(StemOf)], [.. List(row[7], '|').Select(StemOf)], kind is "verb" or "exact");
            var forms = row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (kind)
            {
                case "verb":
                    foreach (var form in Conjugate(forms))
                    {
                        yield return (form, MatchOn.Base, true, rule);
                    }

                    break;
                case "exact":
                    foreach (var form in forms)
                    {
                        yield return (form, MatchOn.Base, true, rule);
                    }

                    break;
                case "noun-exact":
                    foreach (var form in forms)
                    {
                        yield return (form, MatchOn.Base, false, rule);
                    }

                    break;
                case "noun":
                    foreach (var form in forms)
                    {
                        yield return (form, MatchOn.Stem, false, rule);
                    }

                    break;
                case "noun-indefinite":
                    foreach (var form in forms)
                    {
                        yield return (form, MatchOn.Stem, true, rule);
                    }

                    break;
                default:
                    throw new FormatException($"events/triggers.tsv: unknown kind '{kind}' (verb, exact, noun, noun-exact or noun-indefinite)");
            }
        }
    }

    /// <summary>The regular conjugations of "past|imperfect[|extra…]"; extra forms are kept as written.</summary>
    internal static IEnumerable<string> Conjugate(string[] forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ending in PastEndings)
        {
            seen.Add(forms[0] + ending);
        }

        if (forms.Length > 1 && forms[1].Length > 1)
        {
            var stem = forms[1][1..];
            foreach (var prefix in ImperfectPrefixes)
            {
                foreach (var ending in ImperfectEndings)
                {
                    seen.Add(prefix + stem + ending);
                }
            }
        }

        foreach (var extra in forms.Skip(2))
        {
            seen.Add(extra);
        }

        return seen;
    }

    static IEnumerable<(string, MatchOn, bool, (EventCategory Category, string Mode)[])> ReadModeCues()
    {
        var merged = new Dictionary<string, List<(EventCategory, string)>>(StringComparer.Ordinal);
        foreach (var row in Rows("events/mode-cues.tsv", "category"))
        {
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!merged.TryGetValue(form, out var list))
                {
                    merged[form] = list = [];
                }

                list.Add((ParseCategory(row[0]), row[2]));
            }
        }

        return merged.Select(p => (p.Key, MatchOn.Stem, false, p.Value.ToArray()));
    }

    static IEnumerable<(string Form, CueRole Role)> ReadCues()
    {
        foreach (var row in Rows("events/cues.tsv", "role"))
        {
            var role = Enum.Parse<CueRole>(row[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (form, role);
            }
        }
    }

    /// <summary>One phrase per form with all its roles (عن is a recipient preposition and follows مسؤولية).</summary>
    static IEnumerable<(string, MatchOn, bool, CueRole)> Merge(IEnumerable<(string Form, CueRole Role)> cues)
    {
        var merged = new Dictionary<string, CueRole>(StringComparer.Ordinal);
        foreach (var (form, role) in cues)
        {
            merged[form] = merged.GetValueOrDefault(form) | role;
        }

        return merged.Select(p => (p.Key, MatchOn.Base, false, p.Value));
    }

    static IEnumerable<(string, MatchOn, bool, CasualtyWord)> ReadCasualties()
    {
        var merged = new Dictionary<string, CasualtyWord>(StringComparer.Ordinal);
        foreach (var row in Rows("events/casualties.tsv", "kind"))
        {
            var kind = Enum.Parse<CasualtyKind>(row[0], ignoreCase: true);
            var word = kind == CasualtyKind.Person
                ? new CasualtyWord(kind, CountOrder.None, int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture))
                : new CasualtyWord(kind, row[1] switch
                {
                    "count-after" => CountOrder.After,
                    "count-before" => CountOrder.Before,
                    "count-inside" => CountOrder.Inside,
                    _ => throw new FormatException($"events/casualties.tsv: unknown order '{row[1]}'"),
                });
            foreach (var form in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // A word listed with two orders (إصابات) keeps both.
                merged[form] = merged.TryGetValue(form, out var seen) && seen.Kind == word.Kind ? seen with { Order = seen.Order | word.Order } : word;
            }
        }

        // Exact forms: a light stem would make قتلى (dead, count before) into قتل (killing, count after) and the
        // dual شرطيين into the singular شرطي.
        return merged.Select(p => (p.Key, MatchOn.Base, false, p.Value));
    }

    /// <summary>
    /// Units match on the stem (صاروخ، صواريخ، صاروخا); source classes on the base, since the stem would make the
    /// adjective المسلحة (of the armed forces) into مسلحون (gunmen).
    /// </summary>
    static IEnumerable<(string, MatchOn, bool, string)> ReadNamed(string table, MatchOn on)
    {
        foreach (var row in Rows(table, table.EndsWith("units.tsv", StringComparison.Ordinal) ? "unit" : "class"))
        {
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (form, on, false, row[0]);
            }
        }
    }

    /// <summary>The folded light stem of a table word, as tokens carry it.</summary>
    internal static string StemOf(string word) => Marsad.Arabic.LightStemmer.Stem(Marsad.Arabic.ArabicFolding.Fold(word));

    /// <summary>Content rows without the header row.</summary>
    static IEnumerable<string[]> Rows(string table, string header) => DataFile.ReadTsv(table).Where(r => r[0] != header);

    static ImmutableArray<string> List(string cell, char separator) =>
        cell == "-" ? [] : [.. cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
