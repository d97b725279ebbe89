namespace Marsad.Entities.Tagging;

/// <summary>How <see cref="NerTrainer"/> fits the weights.</summary>
public enum NerLearner
{
    /// <summary>Linear-chain CRF, L2-regularised log-likelihood minimised by L-BFGS.</summary>
    Crf,

    /// <summary>Averaged structured perceptron: fast, a little less accurate.</summary>
    Perceptron,
}
