// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// Measures one core's AVX2 FMA peak: 12 independent Vector256 FMA chains (enough to cover FMA latency × 2 ports),
/// 1,000,000 iterations = 12 · 8 lanes · 2 flop · 1e6 = 192 MFLOP per call. Peak GFLOP/s = 192 / (mean in ms).
/// </summary>
public class FmaPeakBenchmarks
{
    private const int Iterations = 1_000_000;

    /// <summary>Runs the FMA chains.</summary>
    /// <returns>A value depending on every chain so nothing is optimised away.</returns>
    [Benchmark]
    public float FmaPeak_192MFlop()
    {
        var m = Vector256.Create(0.999999f);
        var a = Vector256.Create(1e-7f);
        Vector256<float> c0 = Vector256.Create(1f), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (var i = 0; i < Iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, m, a);
            c1 = Fma.MultiplyAdd(c1, m, a);
            c2 = Fma.MultiplyAdd(c2, m, a);
            c3 = Fma.MultiplyAdd(c3, m, a);
            c4 = Fma.MultiplyAdd(c4, m, a);
            c5 = Fma.MultiplyAdd(c5, m, a);
            c6 = Fma.MultiplyAdd(c6, m, a);
            c7 = Fma.MultiplyAdd(c7, m, a);
            c8 = Fma.MultiplyAdd(c8, m, a);
            c9 = Fma.MultiplyAdd(c9, m, a);
            c10 = Fma.MultiplyAdd(c10, m, a);
            c11 = Fma.MultiplyAdd(c11, m, a);
        }

        var s = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11;
        return Vector256.Sum(s);
    }
}
