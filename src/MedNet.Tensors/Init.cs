// SPDX-License-Identifier: MIT
using MedNet.Tensors.Random;

namespace MedNet.Tensors;

/// <summary>Fills spans from a generator: the sampling behind rand, randn, dropout masks and default initialisers.</summary>
internal static class Init
{
    /// <summary>x = u · (to − from) + from, u = (bits &amp; (2²⁴ − 1)) / 2²⁴ in double, as PyTorch's CPU <c>uniform_real</c> for float.</summary>
    internal static void Uniform(Span<float> x, float from, float to, Generator g)
    {
        var range = (double)(to - from);
        lock (g.Sync)
        {
            for (var i = 0; i < x.Length; i++)
            {
                var u = (g.Next() & 0xFFFFFF) * (1.0 / 16777216.0);
                x[i] = (float)((u * range) + from);
            }
        }
    }

    /// <summary>Box–Muller normal samples in double, stored as float.</summary>
    internal static void Normal(Span<float> x, float mean, float std, Generator g)
    {
        lock (g.Sync)
        {
            for (var i = 0; i < x.Length; i += 2)
            {
                var u1 = 1.0 - g.NextDoubleUnlocked();
                var u2 = g.NextDoubleUnlocked();
                var radius = Math.Sqrt(-2.0 * Math.Log(u1));
                x[i] = (float)((radius * Math.Cos(2.0 * Math.PI * u2) * std) + mean);
                if (i + 1 < x.Length)
                {
                    x[i + 1] = (float)((radius * Math.Sin(2.0 * Math.PI * u2) * std) + mean);
                }
            }
        }
    }
}
