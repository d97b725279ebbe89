namespace Marsad.Entities.Tagging;

/// <summary>
/// Feature families of the tagger, as flags so training runs can ablate them. The current word's folded form,
/// its surface form and the label transitions are always on.
/// </summary>
[Flags]
public enum NerFeatures
{
    None = 0,

    /// <summary>Neighbouring words (±2), their stems (±1) and word bigrams.</summary>
    Context = 1,

    /// <summary>Split proclitics and the stem left after them (و+ب+ال+مدينة).</summary>
    Clitics = 2,

    /// <summary>First and last 1–4 letters: nisba -ي, plural -ون/-ات, verb prefixes ي/ت.</summary>
    Affixes = 4,

    /// <summary>Digits, Latin, punctuation and length.</summary>
    Shape = 8,

    /// <summary>Word clusters learned from unlabeled news (needs <see cref="NerWordClusters"/>).</summary>
    Clusters = 16,

    /// <summary>Matches in the training-split gazetteer and in external lists.</summary>
    Gazetteers = 32,

    /// <summary>Hand-written trigger words around the token (titles, organisation and place heads).</summary>
    Triggers = 64,

    /// <summary>Shipped name lists: places, organisations, Wikidata personal-name tokens.</summary>
    NameLists = 128,

    /// <summary>Letter trigrams inside the stem: transliterated foreign names share them (-سكي، -فيتش، جو-).</summary>
    CharGrams = 256,

    All = Context | Clitics | Affixes | Shape | Clusters | Gazetteers | Triggers | NameLists | CharGrams,
}
