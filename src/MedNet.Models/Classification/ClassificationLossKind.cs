// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>The three losses of [MSA]'s loss comparison.</summary>
/// <remarks>Source: [MSA] §3.2 ("cross-entropy, weighted cross-entropy, and focal loss on the imbalanced MIT-BIH data"). Differs: D-MS-30.</remarks>
public enum ClassificationLossKind
{
    /// <summary>Softmax cross-entropy, mean over the batch.</summary>
    CrossEntropy,

    /// <summary>Cross-entropy with per-class weights w_k = N / (K·n_k) from the training counts; PyTorch's weighted mean Σ w_y ℓ / Σ w_y.</summary>
    WeightedCrossEntropy,

    /// <summary>Focal loss −α_y (1 − p_y)^γ log p_y (Lin et al. 2017), plain mean over the batch.</summary>
    Focal,
}
