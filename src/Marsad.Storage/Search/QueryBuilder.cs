using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Storage.Search;

/// <summary>
/// Turns the words a user typed into a Lucene query over the stem, base and variant fields. Each word becomes a
/// group (its base ranks first, its stem matches inflected forms, its vowel skeleton other spellings); a run of
/// words that is a knowledge-base name (English or Arabic, looked up with <see cref="KnowledgeBase.FindByName"/>)
/// becomes one group that matches the entity's Arabic names as phrases of bases (names are not inflected, and
/// stems would conflate them with common words) and the articles the recogniser linked to the entity. Groups are
/// combined so that most, not all, must match.
/// </summary>
internal sealed class QueryBuilder(KnowledgeBase kb)
{
    // Names in the knowledge base run to four words (عبد العزيز المحمداوي، Abu Fadak al-Mohammedawi).
    const int MaxNameWords = 4;

    // A surname shared by several entries expands to each of them, up to this many, so one word cannot flood a query.
    const int MaxEntriesPerName = 5;

    // One group in four may be missing (a function word, a word the articles spell too differently); fewer than
    // four words must all match, which is what a user typing two or three keywords expects.
    const int GroupsPerOptional = 4;

    // Title words say what the article is about; the word itself (its base) ranks above its inflections; skeletons are
    // a fallback for spellings that differ in a vowel letter and may conflate a few other words, so they weigh least.
    const float TitleBoost = 2f;
    const float BaseBoost = 2f;
    const float SkeletonBoost = 0.3f;
    const float EntityBoost = 1.5f;

    public ParsedQuery Build(string? text)
    {
        var words = Words(text ?? string.Empty);
        var groups = new List<Query>();
        var highlight = new HighlightTerms();
        var expansions = new List<NameExpansion>();
        for (var i = 0; i < words.Count;)
        {
            var (length, entries) = LongestName(words, i);
            if (entries.Count > 0)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                groups.Add(NameGroup(words.GetRange(i, length), entries, highlight));
                expansions.AddRange(entries.Select(e => new NameExpansion(phrase, e.EntityId, e.NameAr, e.NameEn)));
                i += length;
                continue;
            }

            groups.Add(WordGroup(words[i], highlight));
            i++;
        }

        if (groups.Count == 0)
        {
            return new ParsedQuery(null, highlight, expansions);
        }

        if (groups.Count == 1)
        {
            return new ParsedQuery(groups[0], highlight, expansions);
        }

        var all = new BooleanQuery();
        foreach (var g in groups)
        {
            all.Add(g, Occur.SHOULD);
        }

        all.MinimumNumberShouldMatch = groups.Count - groups.Count / GroupsPerOptional;
        return new ParsedQuery(all, highlight, expansions);
    }

    (int Length, IReadOnlyList<KbEntry> Entries) LongestName(List<string> words, int start)
    {
        for (var length = Math.Min(MaxNameWords, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            var entries = kb.FindByName(phrase).Take(MaxEntriesPerName).ToList();
            if (entries.Count > 0)
            {
                return (length, entries);
            }
        }

        return (0, []);
    }

    static Query WordGroup(string word, HighlightTerms highlight)
    {
        var stem = SearchStem.Of(word);
        var @base = SearchStem.Base(word);
        highlight.AddStem(stem);
        var skeleton = SearchStem.Skeleton(stem);
        var group = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Text, stem)), Occur.SHOULD },
            { Boosted(new TermQuery(new Term(SearchFields.Title, stem)), TitleBoost), Occur.SHOULD },
            { Boosted(new TermQuery(new Term(SearchFields.TextBase, @base)), BaseBoost), Occur.SHOULD },
            { Boosted(new TermQuery(new Term(SearchFields.TitleBase, @base)), BaseBoost * TitleBoost), Occur.SHOULD },
            { Boosted(new TermQuery(new Term(SearchFields.TextVariant, skeleton)), SkeletonBoost), Occur.SHOULD },
            { Boosted(new TermQuery(new Term(SearchFields.TitleVariant, skeleton)), SkeletonBoost * TitleBoost), Occur.SHOULD },
        };
        return group;
    }

    /// <summary>A name: the entity ids, every Arabic name of the entries as a phrase, and the words as typed.</summary>
    static Query NameGroup(List<string> typed, IReadOnlyList<KbEntry> entries, HighlightTerms highlight)
    {
        var group = new BooleanQuery();
        foreach (var entry in entries)
        {
            group.Add(Boosted(new TermQuery(new Term(SearchFields.Actor, entry.EntityId)), EntityBoost), Occur.SHOULD);
            group.Add(Boosted(new TermQuery(new Term(SearchFields.Place, entry.EntityId)), EntityBoost), Occur.SHOULD);
            foreach (var name in entry.AliasesAr.Prepend(entry.NameAr).Distinct(StringComparer.Ordinal))
            {
                var bases = Words(name).Select(w => SearchStem.Base(w)).ToList();
                if (bases.Count == 0)
                {
                    continue;
                }

                bases.ForEach(highlight.AddBase);
                group.Add(Phrase(SearchFields.TextBase, bases), Occur.SHOULD);
                group.Add(Boosted(Phrase(SearchFields.TitleBase, bases), TitleBoost), Occur.SHOULD);
            }
        }

        // The words as typed: an Arabic name in a spelling the table lacks, or a Latin word printed in the text.
        group.Add(Phrase(SearchFields.TextBase, [.. typed.Select(w => SearchStem.Base(w))]), Occur.SHOULD);
        typed.ForEach(w => highlight.AddBase(SearchStem.Base(w)));
        return group;
    }

    static Query Phrase(string field, IReadOnlyList<string> stems)
    {
        if (stems.Count == 1)
        {
            return new TermQuery(new Term(field, stems[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var stem in stems)
        {
            phrase.Add(new Term(field, stem));
        }

        return phrase;
    }

    static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>The words of a text as the index cuts them (punctuation dropped).</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenization.Tokenizer.Tokenize(text))
        {
            if (MarsadWordTokenizer.IsWord(text[token.Span.Start]))
            {
                words.Add(text[token.Span.Start..token.Span.End]);
            }
        }

        return words;
    }
}

/// <summary>A built query (null when the text has no words), what to highlight, and the names it was expanded with.</summary>
internal sealed record ParsedQuery(Query? Query, HighlightTerms Highlight, IReadOnlyList<NameExpansion> Expansions);
