using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// A quote found by a reader, before its speaker, medium and outlet are resolved: the content, the cue token and
/// word (-1 and null when there is none), the subject window after the cue [<see cref="WindowStart"/>,
/// <see cref="WindowEnd"/>), and what the reader already knows (a fixed speaker, an outlet, a continuation).
/// </summary>
internal sealed class QuoteCandidate(TextSpan content, bool direct, int cue, CueWord? word)
{
    public TextSpan Content { get; } = content;

    public bool Direct { get; } = direct;

    public int Cue { get; } = cue;

    public CueWord? Word { get; } = word;

    /// <summary>The first token after the cue where its subject may stand (VSO order).</summary>
    public int WindowStart { get; init; } = -1;

    /// <summary>The token the subject window may not reach (the quotation, the complementizer, the sentence end).</summary>
    public int WindowEnd { get; init; } = -1;

    /// <summary>A token of the sentence whose words give the medium and outlet (the cue, or the quotation's opening mark).</summary>
    public int FrameToken { get; init; }

    /// <summary>The first and last token of the quote's own words (content and its marks), left out of the frame.</summary>
    public int FirstToken { get; init; }

    public int LastToken { get; init; }

    /// <summary>A speaker the reader fixed (an attribution's source, a headline's name before the colon).</summary>
    public Speaker? Fixed { get; set; }

    /// <summary>An outlet the reader found (the X of نقلت X عن، an outlet after بحسب).</summary>
    public string? Via { get; set; }

    /// <summary>An attribution after the quote in its sentence (…، وفقاً لوكالة الأنباء العراقية): outlet, and speaker if none other.</summary>
    public AttributionTarget? Attributed { get; set; }

    /// <summary>A quotation that goes on after the one before it with no new cue: same speaker.</summary>
    public bool Continues { get; init; }

    /// <summary>The same quote with its content cut to end at token <paramref name="lastToken"/>.</summary>
    public QuoteCandidate EndingBefore(TextSpan content, int lastToken) => new(content, Direct, Cue, Word)
    {
        WindowStart = WindowStart,
        WindowEnd = WindowEnd,
        FrameToken = FrameToken,
        FirstToken = FirstToken,
        LastToken = lastToken,
        Fixed = Fixed,
        Via = Via,
        Continues = Continues,
    };
}
