// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Tensors;
using MedNet.Tensors.Kernels;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// 256×256×256 float32 GEMM (2·256³ = 33.55 MFLOP per call). GFLOP/s = 0.03355 / (mean in ms) · 1000.
/// Compare with <see cref="FmaPeakBenchmarks"/> for the single-core AVX2 FMA peak of this machine.
/// </summary>
[MemoryDiagnoser]
public class MatMulBenchmarks
{
    private const int N = 256;
    private readonly float[] _a = new float[N * N];
    private readonly float[] _b = new float[N * N];
    private readonly float[] _c = new float[N * N];
    private Tensor _ta = null!;
    private Tensor _tb = null!;

    /// <summary>Kernel threads: 1 for the single-core figure, 2 for both cores.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Random operands and the thread setting.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        for (var i = 0; i < _a.Length; i++)
        {
            _a[i] = (float)rng.NextDouble();
            _b[i] = (float)rng.NextDouble();
        }

        _ta = torch.tensor(_a, [N, N]);
        _tb = torch.tensor(_b, [N, N]);
        torch.set_num_threads(Threads);
    }

    /// <summary>The Vector256 FMA register-blocked kernel on preallocated buffers.</summary>
    [Benchmark(Baseline = true)]
    public void Gemm256() => MatMulKernel.Gemm(_a, N, 1, _b, N, 1, _c, N, N, N, false);

    /// <summary>torch.matmul including the output allocation.</summary>
    /// <returns>The product.</returns>
    [Benchmark]
    public Tensor TorchMatmul256() => _ta.matmul(_tb);

    /// <summary>The scalar reference loop (the "naive" figure).</summary>
    [Benchmark]
    public void ScalarReference256() => MatMulKernel.Reference(_a, N, 1, _b, N, 1, _c, N, N, N, false);
}
