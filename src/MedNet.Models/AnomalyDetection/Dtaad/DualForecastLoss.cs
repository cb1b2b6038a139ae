// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD's training objective: λ·MSE(x1, x_W) + (1 − λ)·MSE(x2, x_W) against the last row x_W of each window.</summary>
/// <param name="Lambda">Weight λ of the first forecast, in [0, 1]. DTAAD: 0.8.</param>
/// <remarks>Source: [DTAAD] <c>main.py</c> <c>backprop</c>; [MEDNET] Eq. (5). Differs: D-MN-12 (iii) (<see cref="Pairing"/>).</remarks>
public sealed record DualForecastLoss(double Lambda)
{
    /// <summary>Which forecast channel meets which target channel, in the loss and in <see cref="Score"/>. Default <see cref="ChannelPairing.SameChannel"/> (DTAAD).</summary>
    /// <remarks>Differs: D-MN-12 (iii); <see cref="ChannelPairing.AuthorsBroadcast"/> is MED-Net's fork on MBA.</remarks>
    public ChannelPairing Pairing { get; init; } = ChannelPairing.SameChannel;

    /// <summary>The loss of one batch.</summary>
    /// <param name="x1">First forecast (B, C).</param>
    /// <param name="x2">Second forecast (B, C).</param>
    /// <param name="target">Last row of each window (B, C).</param>
    /// <returns>A scalar: the mean over batch and channels (over batch and channel pairs under <see cref="ChannelPairing.AuthorsBroadcast"/>).</returns>
    public Tensor Compute(Tensor x1, Tensor x2, Tensor target)
    {
        var lambda = (float)Lambda;
        if (Pairing == ChannelPairing.AuthorsBroadcast)
        {
            var t = target.unsqueeze(1); // (B, 1, C′)
            return ((x1.unsqueeze(2) - t).square().mean() * lambda) + ((x2.unsqueeze(2) - t).square().mean() * (1f - lambda)); // (B, C, C′)
        }

        return (torch.nn.functional.mse_loss(x1, target) * lambda) + (torch.nn.functional.mse_loss(x2, target) * (1f - lambda));
    }

    /// <summary>The test score of each window and channel from the second forecast: (x2 − x_W)², or (x2[:, 0] − x_W)² under <see cref="ChannelPairing.AuthorsBroadcast"/>.</summary>
    /// <param name="x2">Second forecast (B, C).</param>
    /// <param name="target">Last row of each window (B, C).</param>
    /// <returns>(B, C).</returns>
    public Tensor Score(Tensor x2, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(x2);
        ArgumentNullException.ThrowIfNull(target);
        return Pairing == ChannelPairing.AuthorsBroadcast ? (x2.narrow(1, 0, 1) - target).square() : (x2 - target).square();
    }

    /// <summary>Lists every problem (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (Lambda is not (>= 0 and <= 1))
        {
            p.Add($"Loss.Lambda: expected in [0, 1] but got {Lambda}.");
        }

        if (!Enum.IsDefined(Pairing))
        {
            p.Add($"Loss.Pairing: expected one of {string.Join(", ", Enum.GetNames<ChannelPairing>())} but got {Pairing}.");
        }

        return p;
    }
}
