using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// A per-document step: synchronous, pure (no I/O, no static mutable state), and honest about the layers
/// it reads (<see cref="Requires"/>) and adds (<see cref="Provides"/>). Models and tables come in through
/// the constructor.
/// </summary>
public interface IStage
{
    Layer Requires { get; }

    Layer Provides { get; }

    Document Run(Document doc);
}
