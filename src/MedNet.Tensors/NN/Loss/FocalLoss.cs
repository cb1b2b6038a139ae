// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Multi-class focal loss on logits: cross-entropy down-weighted for well-classified samples.</summary>
/// <param name="gamma">Focusing parameter γ ≥ 0; 0 gives cross-entropy. Default: 2.</param>
/// <param name="alpha">Per-class weights α (K) or null for 1.</param>
/// <param name="reduction">None, mean or sum. Default: mean.</param>
/// <remarks>
/// Source: Lin et al., "Focal Loss for Dense Object Detection", ICCV 2017, Eq. (5): FL(p_t) = −α_t (1 − p_t)^γ log p_t,
/// with p_t = softmax(x)[y]. Not part of torch.nn (torchvision has only the binary sigmoid form); mean is the plain average.
/// </remarks>
public sealed class FocalLoss(double gamma = 2.0, Tensor? alpha = null, Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <summary>Focusing parameter γ.</summary>
    public double gamma { get; } = gamma;

    /// <summary>Class weights α or null.</summary>
    public Tensor? alpha { get; } = alpha;

    /// <summary>Computes the loss.</summary>
    /// <param name="input">Logits (N, K).</param>
    /// <param name="target">Class indices (N).</param>
    /// <returns>A scalar, or (N) for <see cref="Reduction.None"/>.</returns>
    public override Tensor forward(Tensor input, Tensor target)
    {
        if (input.Dims.Length != 2 || target.Dims.Length != 1 || target.Dims[0] != input.Dims[0])
        {
            throw new ArgumentException($"focal_loss: expected logits (N, K) and targets (N) but got {Shape.Format(input.Dims)} and {Shape.Format(target.Dims)}.", nameof(target));
        }

        var logpt = Softmax.Functional(input, 1, log: true).gather(1, target.reshape(-1, 1)).reshape(-1);
        var pt = logpt.exp();
        var l = -((1f - pt).clamp(min: 0f).pow((float)gamma) * logpt);
        if (alpha is not null)
        {
            l *= alpha.gather(0, target);
        }

        return Reduce(l, reduction);
    }
}
