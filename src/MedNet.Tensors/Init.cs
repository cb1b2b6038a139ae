// SPDX-License-Identifier: MIT
using MedNet.Tensors.Random;

namespace MedNet.Tensors;

/// <summary>Fills spans from a generator: the sampling behind rand, randn, dropout masks and default initialisers.</summary>
internal static class Init
{
    /// <summary>x = from + (to − from) · u with u the generator's 24-bit float, as PyTorch's CPU uniform_.</summary>
    internal static void Uniform(Span<float> x, float from, float to, Generator g)
    {
        var range = to - from;
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (g.NextSingle() * range) + from;
        }
    }

    /// <summary>Box–Muller normal samples in double, stored as float.</summary>
    internal static void Normal(Span<float> x, float mean, float std, Generator g)
    {
        for (var i = 0; i < x.Length; i += 2)
        {
            var u1 = 1.0 - g.NextDouble();
            var u2 = g.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            x[i] = (float)((radius * Math.Cos(2.0 * Math.PI * u2) * std) + mean);
            if (i + 1 < x.Length)
            {
                x[i + 1] = (float)((radius * Math.Sin(2.0 * Math.PI * u2) * std) + mean);
            }
        }
    }
}
