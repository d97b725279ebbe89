using System.Collections.Immutable;

namespace Marsad.Quotes;

/// <summary>
/// One surface form of a reporting cue: its folded lemma (reported as <see cref="Documents.Quote.CueVerb"/>), its
/// kind, whether it takes a complement clause for an indirect quote, how many folded letters of the form are a
/// conjunction (و or ف) that the cue span leaves out, and the folded words that, right after it, make it another
/// word (كتب عليها "was written on it").
/// </summary>
public sealed record CueWord(string Lemma, CueKind Kind, bool TakesClause, int ConjunctionLength, ImmutableArray<string> NotBefore);
