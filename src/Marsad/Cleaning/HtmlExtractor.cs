using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>Placeholder until the HTML path lands.</summary>
internal sealed class HtmlExtractor(CleaningRules rules)
{
    public PageText Extract(RawPage page) => rules is null ? throw new InvalidOperationException() : PageText.FromText(page);
}
