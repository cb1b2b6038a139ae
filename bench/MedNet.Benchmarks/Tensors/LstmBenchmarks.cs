// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// The classifier's BiLSTM(64 → 64), batch 32: one time step forward (2 directions · 2·32·(64 + 64)·256 = 4.19 MFLOP)
/// and a 50-step sequence forward+backward.
/// </summary>
[MemoryDiagnoser]
public class LstmBenchmarks
{
    private LSTM _lstm = null!;
    private Tensor _step = null!;
    private Tensor _seq = null!;

    /// <summary>Seeded layer and inputs, one thread.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        torch.set_num_threads(1);
        _lstm = torch.nn.LSTM(64, 64, batch_first: true, bidirectional: true);
        _step = torch.randn(32, 1, 64);
        _seq = torch.randn(32, 50, 64);
    }

    /// <summary>One time step, both directions, no grad.</summary>
    /// <returns>The output.</returns>
    [Benchmark]
    public Tensor Step()
    {
        using var _ = torch.no_grad();
        return _lstm.call(_step).output;
    }

    /// <summary>50 steps forward and backward.</summary>
    [Benchmark]
    public void Sequence50ForwardBackward()
    {
        _lstm.zero_grad();
        _lstm.call(_seq).output.sum().backward();
    }
}
