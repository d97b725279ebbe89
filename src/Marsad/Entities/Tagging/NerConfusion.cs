namespace Marsad.Entities.Tagging;

/// <summary>
/// Where gold entities went. Each gold entity lands in exactly one cell of its row: a predicted entity with the
/// same boundaries (the column is the predicted type, so the diagonal is correct), <see cref="Boundary"/> (only
/// predictions that overlap it with other boundaries), or <see cref="Missed"/> (nothing overlaps it). Predicted
/// entities that overlap no gold entity are counted per predicted type in <see cref="Spurious(string)"/>.
/// </summary>
public sealed class NerConfusion
{
    public const string Boundary = "boundary";
    public const string Missed = "missed";

    readonly Dictionary<(string Gold, string Outcome), int> _cells = [];
    readonly Dictionary<string, int> _spurious = [];

    public NerConfusion(IReadOnlyList<string> types) => Types = types;

    /// <summary>Entity types in display order.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>Gold entities of <paramref name="gold"/> whose outcome was a type, <see cref="Boundary"/> or <see cref="Missed"/>.</summary>
    public int this[string gold, string outcome] => _cells.GetValueOrDefault((gold, outcome));

    /// <summary>Predicted entities of this type that overlap no gold entity.</summary>
    public int Spurious(string predicted) => _spurious.GetValueOrDefault(predicted);

    internal void Add(string gold, string outcome) => _cells[(gold, outcome)] = this[gold, outcome] + 1;

    internal void AddSpurious(string predicted) => _spurious[predicted] = Spurious(predicted) + 1;
}
