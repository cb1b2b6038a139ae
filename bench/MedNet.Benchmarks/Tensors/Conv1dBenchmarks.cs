// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// Classifier-sized Conv1d: (N=8, C=64, L=500), 64 filters, k=7, padding 3. Forward = 2·8·64·64·7·500 = 229.4 MFLOP;
/// forward+backward ≈ 3× that. Also the depthwise (groups = 64) variant the separable convolutions use.
/// </summary>
[MemoryDiagnoser]
public class Conv1dBenchmarks
{
    private Conv1d _conv = null!;
    private Conv1d _depthwise = null!;
    private Tensor _x = null!;

    /// <summary>Kernel threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Seeded layers and input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        torch.set_num_threads(Threads);
        _conv = torch.nn.Conv1d(64, 64, 7, padding: 3);
        _depthwise = torch.nn.Conv1d(64, 64, 7, padding: 3, groups: 64);
        _x = torch.randn(8, 64, 500).requires_grad_();
    }

    /// <summary>Dense forward (229 MFLOP).</summary>
    /// <returns>The output.</returns>
    [Benchmark]
    public Tensor Forward() => _conv.call(_x);

    /// <summary>Dense forward and backward.</summary>
    [Benchmark]
    public void ForwardBackward()
    {
        _conv.zero_grad();
        _x.grad = null;
        _conv.call(_x).sum().backward();
    }

    /// <summary>Depthwise forward (3.6 MFLOP).</summary>
    /// <returns>The output.</returns>
    [Benchmark]
    public Tensor DepthwiseForward() => _depthwise.call(_x);
}
