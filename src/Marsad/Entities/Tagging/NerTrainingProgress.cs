namespace Marsad.Entities.Tagging;

/// <summary>
/// Progress of training after one step (a perceptron epoch or an L-BFGS iteration) of one phase (a first-pass
/// fold, the first pass, the second pass): the training loss or error count, and the dev-set F1 when a dev
/// set was given and scored at this step.
/// </summary>
public sealed record NerTrainingProgress(string Phase, int Step, int Steps, double Loss, double? DevF1, TimeSpan Elapsed);
