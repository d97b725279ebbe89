namespace Marsad.Arabic;

/// <summary>
/// A folded word cut into its proclitics and its base: <c>Prefix + Base</c> is always the folded word, so
/// the prefix length is also the offset of the base in the folded form. <see cref="Prefix"/> is empty when
/// nothing was split. The surface text is never touched.
/// </summary>
/// <param name="Prefix">The folded proclitics as written, e.g. "وبال" for وبالأمس, "لل" for للعراق.</param>
/// <param name="Base">The folded word without its proclitics, e.g. "امس", "عراق".</param>
/// <param name="Proclitics">Which proclitics were split off (للعراق is Lam | Article although its alef is elided).</param>
public readonly record struct CliticSplit(string Prefix, string Base, Proclitics Proclitics)
{
    public bool IsSplit => Prefix.Length > 0;
}
