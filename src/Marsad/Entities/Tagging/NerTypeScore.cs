namespace Marsad.Entities.Tagging;

/// <summary>
/// Entity-level counts for one type (or for all types: the micro average) and the CoNLL measures derived from
/// them, in percent. A predicted entity is correct only when its span and type both match a gold entity.
/// </summary>
public sealed record NerTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
