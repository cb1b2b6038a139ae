// SPDX-License-Identifier: MIT
using MedNet.Models.Training;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Tests.Training;

public class TrainerTests
{
    private static TrainingOptions Sgdish(int epochs, bool shuffle = false, int seed = 0) =>
        new(new OptimizerSettings(OptimizerKind.Adam, 1e-2), new ConstantSchedule(), BatchSize: 4, Epochs: epochs, Shuffle: shuffle, ShuffleSeed: seed);

    /// <summary>A linear classifier on 2-D points whose class is the sign of x0 + x1.</summary>
    private static (Linear Model, Tensor X, Tensor Y) Problem()
    {
        torch.manual_seed(7);
        var x = torch.randn(32, 2);
        var data = x.ToArray();
        var y = new float[32];
        for (var i = 0; i < 32; i++)
        {
            y[i] = data[2 * i] + data[(2 * i) + 1] > 0 ? 1f : 0f;
        }

        return (new Linear(2, 2), x, torch.tensor(y, [32]));
    }

    private static Tensor CrossEntropy(Linear model, Tensor x, Tensor? y) => torch.nn.functional.cross_entropy(model.call(x), y!);

    [Fact]
    public void Fit_Classifier_LossFallsAndLogsEveryEpoch()
    {
        var (model, x, y) = Problem();
        var logs = Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), Sgdish(20));
        Assert.Equal(20, logs.Count);
        Assert.Equal(Enumerable.Range(1, 20), logs.Select(l => l.Epoch));
        Assert.True(logs[^1].Loss < logs[0].Loss * 0.8, $"loss {logs[0].Loss} → {logs[^1].Loss}");
    }

    [Fact]
    public void Fit_DisposesEachBatchsTensors_KeepsParametersAndGradients_SameLossesAsInAnOuterScope()
    {
        var (model, x, y) = Problem();
        var kept = new List<Tensor>();
        var logs = Trainer.Fit(model, x, y, (b, t) =>
        {
            var loss = CrossEntropy(model, b, t);
            kept.Add(loss);
            return loss;
        }, Sgdish(3));

        // Every loss (and with it the batch's activations) was disposed at its batch's end; parameters and their
        // gradients, which outlive the batch, were not.
        Assert.Equal(3 * 8, kept.Count);
        Assert.All(kept, l => Assert.True(l.IsInvalid));
        Assert.All(model.parameters(), p => Assert.False(p.IsInvalid));
        Assert.All(model.parameters(), p => Assert.False(p.grad!.IsInvalid));

        // The same run with every tensor kept alive by an enclosing scope gives the same losses.
        var (again, x2, y2) = Problem();
        IReadOnlyList<EpochLog> outer;
        using (torch.NewDisposeScope())
        {
            outer = Trainer.Fit(again, x2, y2, (b, t) => CrossEntropy(again, b, t), Sgdish(3));
        }

        Assert.Equal(logs.Select(l => l.Loss), outer.Select(l => l.Loss));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fit_Int64ClassTargets_SameLossesAsFloatTargets(bool shuffle)
    {
        var (model, x, y) = Problem();
        var floats = Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), Sgdish(3, shuffle, seed: 4));

        var (again, x2, y2) = Problem();
        var labels = y2.ToArray().Select(v => (long)v).ToArray();
        var longs = Trainer.Fit(again, x2, torch.tensor(labels), (b, t) =>
        {
            Assert.Equal(ScalarType.Int64, t!.dtype);
            return CrossEntropy(again, b, t);
        }, Sgdish(3, shuffle, seed: 4));

        Assert.Equal(floats.Select(l => l.Loss), longs.Select(l => l.Loss));
    }

    [Fact]
    public void Fit_Shuffled_SameSeedSameLossesOtherSeedDiffers()
    {
        double[] Run(int seed)
        {
            var (model, x, y) = Problem();
            return [.. Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), Sgdish(3, shuffle: true, seed)).Select(l => l.Loss)];
        }

        Assert.Equal(Run(1), Run(1));
        Assert.NotEqual(Run(1), Run(2));
    }

    [Fact]
    public void Fit_ShuffledBatches_KeepTargetsWithTheirInputs()
    {
        // Targets equal to the inputs' first column: every batch must see matching pairs, so the check never fires.
        torch.manual_seed(3);
        var x = torch.randn(10, 3);
        var first = x.ToArray().Where((_, i) => i % 3 == 0).ToArray();
        var y = torch.tensor(first, [10]);
        var model = new Linear(3, 1);
        var seen = 0;
        Trainer.Fit(model, x, y, (b, t) =>
        {
            var bx = b.ToArray();
            var ty = t!.ToArray();
            for (var i = 0; i < ty.Length; i++)
            {
                Assert.Equal(bx[3 * i], ty[i]);
                seen++;
            }

            return torch.nn.functional.mse_loss(model.call(b).squeeze(1), t);
        }, Sgdish(2, shuffle: true, seed: 5));
        Assert.Equal(20, seen);
    }

    [Fact]
    public void Fit_EarlyStopping_StopsAfterPatienceWithoutImprovement()
    {
        var (model, x, y) = Problem();
        var values = new Queue<double>([5, 4, 4.5, 4.2, 4.1, 1, 1]);
        var stop = new EarlyStopping(patience: 3, monitor: _ => values.Dequeue());
        var logs = Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), Sgdish(7), [stop]);
        Assert.Equal(5, logs.Count);
        Assert.Equal((4.0, 2), (stop.Best, stop.BestEpoch));
    }

    [Fact]
    public void Fit_CheckpointBestOnly_SavesLoadableStateWhenLossImproves()
    {
        var (model, x, y) = Problem();
        var dir = Directory.CreateTempSubdirectory("mednet-ckpt-");
        try
        {
            var checkpoint = new ModelCheckpoint(Path.Combine(dir.FullName, "epoch{epoch}.safetensors"));
            var progress = new List<int>();
            Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), Sgdish(3), [checkpoint, new EpochProgress(l => progress.Add(l.Epoch))]);
            Assert.Equal([1, 2, 3], progress);
            Assert.NotEmpty(checkpoint.Saved);
            Assert.All(checkpoint.Saved, f => Assert.True(File.Exists(f), f));
            var restored = new Linear(2, 2);
            restored.load_state_dict(SafeTensorsLoad(checkpoint.Saved[^1]));
            Assert.Equal(model.weight.ToArray(), restored.weight.ToArray());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Fit_TargetsOfOtherLength_ThrowsNamingBothShapes()
    {
        var (model, x, _) = Problem();
        var e = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, torch.zeros(31), (b, t) => CrossEntropy(model, b, t), Sgdish(1)));
        Assert.Contains("(31)", e.Message, StringComparison.Ordinal);
        Assert.Contains("(32, 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_InvalidOptions_ListsEveryProblem()
    {
        var (model, x, y) = Problem();
        var bad = new TrainingOptions(new OptimizerSettings(OptimizerKind.AdamW, -1), new StepSchedule(0, 2), 0, 0);
        var e = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, y, (b, t) => CrossEntropy(model, b, t), bad));
        foreach (var field in new[] { "Optimizer.LearningRate", "Schedule.StepSize", "Schedule.Gamma", "BatchSize", "Epochs" })
        {
            Assert.Contains(field, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fit_NaNLoss_ThrowsNamingEpochAndBatch()
    {
        var (model, x, y) = Problem();
        var e = Assert.Throws<InvalidOperationException>(() => Trainer.Fit(model, x, y, (b, _) => model.call(b).sum() * float.NaN, Sgdish(1), owner: "Probe"));
        Assert.StartsWith("Probe: expected a finite loss", e.Message, StringComparison.Ordinal);
        Assert.Contains("epoch 1, batch 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlateauSchedule_AsPyTorch_ReducesAfterPatienceToTheFloor()
    {
        var opt = new OptimizerSettings(OptimizerKind.Adam, 1.0).Create([torch.zeros(1)]);
        var step = new PlateauSchedule(0.5, 1, 0.2).Attach(opt);
        var lrs = new List<double>();
        foreach (var loss in new[] { 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5 })
        {
            step(loss);
            lrs.Add(opt.param_groups[0].lr);
        }

        Assert.Equal([1.0, 1.0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.2, 0.2], lrs);
    }

    private static Dictionary<string, Tensor> SafeTensorsLoad(string path) => MedNet.Tensors.IO.SafeTensors.Load(path);
}
