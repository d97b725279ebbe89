using System.Collections.Frozen;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Context;

/// <summary>
/// Builds <see cref="TokenFacts"/> for a document from the context tables and the knowledge base: the same facts
/// for the recogniser, coreference and the relation finder. Words of listed persons' names count as name evidence;
/// the knowledge base's <see cref="KnowledgeBase.NameTokens"/> is not used because it mixes in words of
/// organisation and place names (حزب، القوات), which are not.
/// </summary>
internal sealed class TokenAnalyzer
{
    readonly KnowledgeBase _kb;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personWords;

    public TokenAnalyzer(KnowledgeBase kb, ContextLexicon lexicon)
    {
        _kb = kb;
        Lexicon = lexicon;
        _personWords = kb.Entries.Where(e => e.Kind == EntityKind.Person)
            .SelectMany(e => e.AliasesAr.Prepend(e.NameAr))
            .SelectMany(n => ArabicFolding.Fold(n).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1 && lexicon.StopClass(w) == WordClass.None && !lexicon.IsTitleWord(ContextLexicon.Bare(w)))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ContextLexicon Lexicon { get; }

    public TokenFacts Analyze(Document doc) => new(doc, Lexicon, IsPersonWord, _kb.CountryOfNationality);

    bool IsPersonWord(ReadOnlySpan<char> folded) => _personWords.Contains(folded);
}
