using Marsad.Inputs;
using Marsad.Persistence;

namespace Marsad.Ingestion;

/// <summary>What the engine made of one input: the input ready to store (null when it was refused), and its problems.</summary>
public sealed record InputAnalysis(AnalyzedInput? Input, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Warnings);
