// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using MedNet.Tensors.Optim;

namespace MedNet.Benchmarks.Tensors;

/// <summary>
/// One training step of the real <see cref="DtaadModel"/> on a batch of 128 MBA-sized windows (C = 2, W = 10):
/// forward in training mode (dropout on), λ-weighted MSE of both forecasts, backward and AdamW, as
/// <c>DualForecastTrainer</c> runs it. An MBA epoch is 60 such steps, so the ≤ 0.06 s/epoch target is ≤ 1 ms here.
/// </summary>
[MemoryDiagnoser]
public class DtaadModelBenchmarks
{
    private DtaadModel _model = null!;
    private Optimizer _opt = null!;
    private Tensor _x = null!;
    private Tensor _target = null!;

    /// <summary>Seeded model, data and optimiser.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        _model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        _model.train();
        _opt = DtaadTraining.Reference.Optimizer.Create(_model.parameters());
        _x = torch.rand(128, 2, 10);
        _target = _x.select(2, 9);
    }

    /// <summary>Forward, backward and AdamW step on one batch.</summary>
    /// <returns>The loss value.</returns>
    [Benchmark]
    public float TrainStep()
    {
        var (x1, x2) = _model.call(_x);
        var loss = DtaadTraining.Loss.Compute(x1, x2, _target);
        _opt.zero_grad();
        loss.backward();
        _opt.step();
        return loss.item();
    }
}
