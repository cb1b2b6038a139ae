// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD's training objective: λ·MSE(x1, x_W) + (1 − λ)·MSE(x2, x_W) against the last row x_W of each window.</summary>
/// <param name="Lambda">Weight λ of the first forecast, in [0, 1]. DTAAD: 0.8.</param>
/// <remarks>Source: [DTAAD] <c>main.py</c> <c>backprop</c>; [MEDNET] Eq. (5).</remarks>
public sealed record DualForecastLoss(double Lambda)
{
    /// <summary>The loss of one batch.</summary>
    /// <param name="x1">First forecast (B, C).</param>
    /// <param name="x2">Second forecast (B, C).</param>
    /// <param name="target">Last row of each window (B, C).</param>
    /// <returns>A scalar: the mean over batch and channels.</returns>
    public Tensor Compute(Tensor x1, Tensor x2, Tensor target)
    {
        var lambda = (float)Lambda;
        return (torch.nn.functional.mse_loss(x1, target) * lambda) + (torch.nn.functional.mse_loss(x2, target) * (1f - lambda));
    }

    /// <summary>Lists every problem (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate() =>
        Lambda is >= 0 and <= 1 ? [] : [$"Loss.Lambda: expected in [0, 1] but got {Lambda}."];
}
