// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// A DTAAD-sized training step on the library's generic layers (<see cref="DtaadModelBenchmarks"/> times the real model): batch 128 windows of 2 channels × 10 samples through
/// a local TCN (causal k=3 weight-normed Conv1d + LeakyReLU), a global TCN (dilations 1, 2, 4), a TransformerEncoderLayer
/// (d_model = 2, nhead = 2, ff = 16) per branch, two Linear(10 → 1) + Sigmoid heads, MSE, backward and AdamW.
/// Reference: PyTorch 1.13 DTAAD on this machine ≈ 10 ms per batch (issue 3).
/// </summary>
[MemoryDiagnoser]
public class DtaadStackBenchmarks
{
    private readonly List<Conv1d> _local = [];
    private readonly List<Conv1d> _global = [];
    private TransformerEncoderLayer _encLocal = null!;
    private TransformerEncoderLayer _encGlobal = null!;
    private Linear _head1 = null!;
    private Linear _head2 = null!;
    private AdamW _opt = null!;
    private Tensor _x = null!;
    private Tensor _target = null!;

    /// <summary>Seeded model, data and optimiser, one thread.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        torch.set_num_threads(1);
        _local.Add(torch.nn.utils.weight_norm(torch.nn.Conv1d(2, 2, 3)));
        foreach (var _ in new[] { 1, 2, 4 })
        {
            _global.Add(torch.nn.utils.weight_norm(torch.nn.Conv1d(2, 2, 3, dilation: _)));
        }

        _encLocal = torch.nn.TransformerEncoderLayer(2, 2, 16, 0.1);
        _encGlobal = torch.nn.TransformerEncoderLayer(2, 2, 16, 0.1);
        _head1 = torch.nn.Linear(10, 1);
        _head2 = torch.nn.Linear(10, 1);
        var ps = new List<Tensor>();
        foreach (var m in new Module[] { _encLocal, _encGlobal, _head1, _head2 })
        {
            ps.AddRange(m.parameters());
        }

        foreach (var c in _local.Concat(_global))
        {
            ps.AddRange(c.parameters());
        }

        _opt = torch.optim.AdamW(ps, lr: 1e-3);
        _x = torch.rand(128, 2, 10);
        _target = torch.rand(128, 2, 1);
    }

    /// <summary>Forward, backward and optimiser step on one batch.</summary>
    /// <returns>The loss value.</returns>
    [Benchmark]
    public float TrainStep()
    {
        _opt.zero_grad();
        var loss = Forward();
        loss.backward();
        _opt.step();
        return loss.item();
    }

    /// <summary>Forward and backward only.</summary>
    [Benchmark]
    public void ForwardBackward()
    {
        _opt.zero_grad();
        Forward().backward();
    }

    private Tensor Forward()
    {
        var local = Tcn(_x, _local, [1]); // (B, C, L)
        var global = Tcn(_x, _global, [1, 2, 4]); // (B, C, L)
        var y1 = _encLocal.call(local.permute(2, 0, 1)).permute(1, 2, 0); // (B, C, L)
        var y2 = _encGlobal.call((global + local).permute(2, 0, 1)).permute(1, 2, 0); // (B, C, L)
        var o1 = _head1.call(y1).sigmoid(); // (B, C, 1)
        var o2 = _head2.call(y2).sigmoid(); // (B, C, 1)
        return (torch.nn.functional.mse_loss(o1, _target) * 0.5f) + (torch.nn.functional.mse_loss(o2, _target) * 0.5f);
    }

    private static Tensor Tcn(Tensor x, List<Conv1d> convs, int[] dilations)
    {
        for (var i = 0; i < convs.Count; i++)
        {
            x = convs[i].call(torch.nn.functional.pad(x, (2 * dilations[i], 0))).leaky_relu(0.2f);
        }

        return x;
    }
}
