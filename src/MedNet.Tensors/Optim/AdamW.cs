// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim;

/// <summary>Adam with decoupled weight decay, like <c>torch.optim.AdamW</c>.</summary>
/// <remarks>
/// Source: Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019, as in torch/optim/adamw.py:
/// θ ← θ·(1 − lr·wd), then the Adam step without adding wd·θ to the gradient.
/// </remarks>
public sealed class AdamW : Adam
{
    /// <summary>Creates the optimiser.</summary>
    /// <param name="parameters">Parameters.</param>
    /// <param name="lr">Learning rate. Default: 1e-3.</param>
    /// <param name="beta1">β1. Default: 0.9.</param>
    /// <param name="beta2">β2. Default: 0.999.</param>
    /// <param name="eps">Denominator epsilon. Default: 1e-8.</param>
    /// <param name="weight_decay">Decoupled decay. Default: 1e-2.</param>
    /// <param name="amsgrad">Use the running maximum of v. Default: false.</param>
    public AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false)
        : base(parameters, lr, beta1, beta2, eps, weight_decay, amsgrad)
    {
    }

    /// <inheritdoc/>
    private protected override bool Decoupled => true;
}
