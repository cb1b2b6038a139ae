// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Softmax cross-entropy on logits with class indices, like <c>torch.nn.CrossEntropyLoss</c>.</summary>
/// <param name="weight">Class weights (K) or null.</param>
/// <param name="reduction">None, mean or sum. Default: mean.</param>
/// <remarks>
/// ℓ_i = −w[y_i] · log softmax(x_i)[y_i]; mean = Σ ℓ_i / Σ w[y_i] (PyTorch's weighted mean).
/// Differs from PyTorch: targets are class indices stored as float32 (no int64 dtype).
/// </remarks>
public sealed class CrossEntropyLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <summary>Class weights or null.</summary>
    public Tensor? weight { get; } = weight;

    /// <summary>Computes the loss.</summary>
    /// <param name="input">Logits (N, K).</param>
    /// <param name="target">Class indices (N), integer-valued.</param>
    /// <returns>A scalar, or (N) for <see cref="Reduction.None"/>.</returns>
    public override Tensor forward(Tensor input, Tensor target) => Functional(input, target, weight, reduction);

    internal static Tensor Functional(Tensor input, Tensor target, Tensor? weight, Reduction reduction)
    {
        if (input.Dims.Length != 2 || target.Dims.Length != 1 || target.Dims[0] != input.Dims[0])
        {
            throw new ArgumentException($"cross_entropy: expected logits (N, K) and targets (N) but got {Shape.Format(input.Dims)} and {Shape.Format(target.Dims)}.", nameof(target));
        }

        var logp = Softmax.Functional(input, 1, log: true);
        var picked = logp.gather(1, target.reshape(-1, 1)).reshape(-1); // (N)
        if (weight is null)
        {
            return Reduce(-picked, reduction);
        }

        var w = weight.gather(0, target); // (N)
        var l = -picked * w;
        return reduction == Reduction.Mean ? l.sum() / w.sum() : Reduce(l, reduction);
    }
}
