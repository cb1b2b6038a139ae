// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>A stack of causal TCN levels conv → LeakyReLU → dropout (no residual connection), DTAAD's local or global TCN.</summary>
/// <remarks>
/// Source: [DTAAD] <c>src/gltcn.py</c> <c>Tcn_Local</c> (k = 4, three levels, dilation 1) and <c>Tcn_Global</c>
/// (k = 3, dilations 1, 2, 4, …, ⌈log2((W − 1)/(k − 1) + 1)⌉ levels). Channels stay C throughout. Differs: D-MN-08
/// (the slope of the reference's LeakyReLU is 1.0).
/// </remarks>
public sealed class TemporalConvStack : Module<Tensor, Tensor>
{
    private readonly List<WeightNormCausalConv1d> _levels = [];
    private readonly float _slope;
    private readonly double _dropout;

    /// <summary>Creates the stack.</summary>
    /// <param name="channels">C ≥ 1 (input and output channels of every level).</param>
    /// <param name="kernelSize">k.</param>
    /// <param name="dilations">One dilation per level, e.g. [1, 1, 1] (local) or [1, 2, 4] (global).</param>
    /// <param name="leakySlope">LeakyReLU negative slope; 1.0 is the identity (the reference).</param>
    /// <param name="dropout">Dropout probability after each level.</param>
    public TemporalConvStack(int channels, int kernelSize, IReadOnlyList<int> dilations, double leakySlope, double dropout)
    {
        ArgumentNullException.ThrowIfNull(dilations);
        for (var i = 0; i < dilations.Count; i++)
        {
            _levels.Add(register_module($"level{i}", new WeightNormCausalConv1d(channels, channels, kernelSize, dilations[i])));
        }

        _slope = (float)leakySlope;
        _dropout = dropout;
    }

    /// <summary>The levels in order.</summary>
    public IReadOnlyList<WeightNormCausalConv1d> Levels => _levels;

    /// <summary>Applies the stack.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward(Tensor input)
    {
        var x = input;
        foreach (var level in _levels)
        {
            x = level.call(x);
            if (_slope != 1f)
            {
                x = x.leaky_relu(_slope);
            }

            x = torch.nn.functional.dropout(x, _dropout, training);
        }

        return x;
    }
}
