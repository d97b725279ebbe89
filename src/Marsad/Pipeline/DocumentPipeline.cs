using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// An immutable, ordered list of stages, checked once when built: every stage's
/// <see cref="IStage.Requires"/> must be provided by the stages before it. Run order is the list order.
/// </summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IEnumerable<IStage> stages)
    {
        Stages = [.. stages];
        var provided = Layer.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Requires & ~provided;
            if (missing != Layer.None)
            {
                throw new InvalidOperationException(
                    $"Stage {stage.GetType().Name} requires {missing}, which no earlier stage provides " +
                    $"(provided so far: {provided}).");
            }

            provided |= stage.Provides;
        }

        Provides = provided;
    }

    public ImmutableArray<IStage> Stages { get; }

    public Layer Provides { get; }

    public Document Run(Document doc)
    {
        foreach (var stage in Stages)
        {
            doc = stage.Run(doc);
        }

        return doc;
    }
}
