// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD's positional encoding: pe[p, i] = sin(p·ω_i) + cos(p·ω_i), ω_i = 10000^(−i/C), added to every channel.</summary>
/// <remarks>
/// Source: [DTAAD] <c>src/dlutils.py</c> <c>PositionalEncoding</c>. Unlike Vaswani et al. the code adds sin and cos to
/// every feature (not interleaved) and uses i, not 2i, in the exponent; reproduced as written.
/// </remarks>
public static class DtaadPositionalEncoding
{
    /// <summary>Builds the (L, C) table.</summary>
    /// <param name="length">L ≥ 1.</param>
    /// <param name="channels">C ≥ 1.</param>
    /// <returns>A (L, C) tensor without gradient.</returns>
    public static Tensor Table(int length, int channels)
    {
        var data = new float[length * channels];
        for (var p = 0; p < length; p++)
        {
            for (var i = 0; i < channels; i++)
            {
                // PyTorch computes position·div_term in float32.
                var w = (float)Math.Exp(i * (-Math.Log(10000.0) / channels));
                var a = (float)p * w;
                data[(p * channels) + i] = MathF.Sin(a) + MathF.Cos(a);
            }
        }

        return torch.tensor(data, [length, channels]);
    }
}
