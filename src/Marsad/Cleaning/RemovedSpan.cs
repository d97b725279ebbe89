using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// Page text that cleaning left out of an article: <see cref="RawSpan"/> is in raw page offsets,
/// <see cref="Reason"/> is the id of the rule that fired (see data/cleaning), <see cref="Text"/> what was removed.
/// </summary>
public sealed record RemovedSpan(TextSpan RawSpan, string Reason, string Text);
