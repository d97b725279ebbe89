using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Storage.Search;

/// <summary>
/// A Lucene tokenizer that cuts text into words exactly as the engine's <see cref="Tokenization.Tokenizer"/> does
/// (Arabic words with their diacritics and tatweel, other-script words, numbers), so an index term always lines up
/// with an engine token. Punctuation is dropped; each word is emitted as written, with its UTF-16 offsets.
/// </summary>
public sealed class MarsadWordTokenizer : Tokenizer
{
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;
    string _text = string.Empty;
    System.Collections.Immutable.ImmutableArray<Documents.Token> _tokens = [];
    int _next;

    public MarsadWordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _tokens.Length)
        {
            var token = _tokens[_next++];
            if (!IsWord(_text[token.Span.Start]))
            {
                continue;
            }

            _term.SetEmpty().Append(_text, token.Span.Start, token.Span.Length);
            _offset.SetOffset(CorrectOffset(token.Span.Start), CorrectOffset(token.Span.End));
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _tokens = Tokenization.Tokenizer.Tokenize(_text);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _text = string.Empty;
            _tokens = [];
        }
    }

    /// <summary>A token is a word when it opens with a letter or a digit; marks and symbols are not searchable.</summary>
    public static bool IsWord(char first) => char.IsLetterOrDigit(first);
}
