// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Which loss trains the classifier and its parameters; <see cref="Create"/> builds the loss module.</summary>
/// <remarks>Source: [MSA] §3.2 loss comparison; the paper gives neither the class weights nor γ and α. Differs: D-MS-30.</remarks>
public sealed record ClassificationLossSettings
{
    /// <summary>The loss. Default: focal (the paper's best, 98.7 %).</summary>
    public ClassificationLossKind Kind { get; init; } = ClassificationLossKind.Focal;

    /// <summary>Focusing parameter γ ≥ 0 (ours: 2, Lin et al. 2017). Default: 2.</summary>
    public double Gamma { get; init; } = 2.0;

    /// <summary>Weight the focal loss by α_k = N / (K·n_k) too (ours: off; Lin et al.'s α = 0.25 is a binary foreground weight). Default: false.</summary>
    public bool FocalClassWeights { get; init; }

    /// <summary>Inverse-frequency class weights w_k = N / (K·n_k); a class with no training sample gets 0.</summary>
    /// <param name="classCounts">n_k per class (training fold only), each ≥ 0, at least one &gt; 0.</param>
    /// <returns>(K) weights; 1 for every class when the classes are balanced.</returns>
    public static Tensor InverseFrequencyWeights(IReadOnlyList<long> classCounts)
    {
        ArgumentNullException.ThrowIfNull(classCounts);
        long total = 0;
        foreach (var n in classCounts)
        {
            if (n < 0)
            {
                throw new ArgumentException($"InverseFrequencyWeights: expected counts ≥ 0 but got [{string.Join(", ", classCounts)}].", nameof(classCounts));
            }

            total += n;
        }

        if (total == 0)
        {
            throw new ArgumentException("InverseFrequencyWeights: expected at least one training sample but every count is 0.", nameof(classCounts));
        }

        var w = new float[classCounts.Count];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = classCounts[k] == 0 ? 0f : (float)(total / ((double)w.Length * classCounts[k]));
        }

        return torch.tensor(w, [w.Length]);
    }

    /// <summary>Builds the loss for logits (N, K) and class-index targets (N).</summary>
    /// <param name="classCounts">Training-fold class counts; needed for weighted cross-entropy and focal class weights, else ignored (may be null).</param>
    /// <returns>The loss module.</returns>
    public Loss Create(IReadOnlyList<long>? classCounts = null)
    {
        if (!(Gamma >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Gamma), Gamma, "ClassificationLossSettings: expected γ ≥ 0.");
        }

        Tensor Weights() => InverseFrequencyWeights(classCounts ?? throw new ArgumentNullException(nameof(classCounts), $"ClassificationLossSettings: {Kind} needs the training class counts."));
        return Kind switch
        {
            ClassificationLossKind.CrossEntropy => new CrossEntropyLoss(),
            ClassificationLossKind.WeightedCrossEntropy => new CrossEntropyLoss(Weights()),
            ClassificationLossKind.Focal => new FocalLoss(Gamma, FocalClassWeights ? Weights() : null),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, $"ClassificationLossSettings: expected one of {string.Join(", ", Enum.GetNames<ClassificationLossKind>())}."),
        };
    }
}
