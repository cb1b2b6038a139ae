// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Training;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

/// <summary>The options that select MED-Net's fork of the DTAAD backbone (D-MN-12).</summary>
public class DtaadForkTests
{
    private static DtaadModel Build(DtaadConfig config, int channels = 2, int seed = 0)
    {
        torch.manual_seed(seed);
        return new DtaadModel(channels, DtaadTraining.WindowLength, config);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(5, 2)]
    public void GlobalLevelsFromChannels_CountsLevelsFromC_AsTheFork(int channels, int levels)
    {
        var model = Build(DtaadConfig.Reference with { GlobalLevelsFrom = GlobalLevelRule.FromChannels }, channels);

        Assert.Equal(levels, model.GlobalDilations.Count);
        Assert.Equal([1, 2, 4], Build(DtaadConfig.Reference, channels).GlobalDilations);
    }

    [Fact]
    public void FrozenFlattenedHeads_AreNotParameters_AndGiveOneValuePerWindow()
    {
        var reference = Build(DtaadConfig.Reference);
        var fork = Build(DtaadConfig.Reference with { Heads = ForecastHeads.FrozenFlattened });

        Assert.Equal(reference.parameter_count() - (2 * 11), fork.parameter_count());
        fork.eval();
        torch.manual_seed(1);
        var (x1, x2) = fork.call(torch.rand(4, 2, 10));
        var a = x1.ToArray();
        var b = x2.ToArray();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(a[2 * i], a[(2 * i) + 1]);
            Assert.Equal(b[2 * i], b[(2 * i) + 1]);
        }
    }

    [Fact]
    public void FrozenFlattenedHeads_TrainingLeavesTheirWeightsUnchanged()
    {
        var model = Build(DtaadConfig.Reference with { Heads = ForecastHeads.FrozenFlattened });
        var before = model.state_dict()["frozen_decoder1_weight"].ToArray();
        var other = model.state_dict()["fcn.weight"].ToArray();
        torch.manual_seed(3);
        DualForecastTrainer.Train(model, torch.rand(64, 2, 10), DtaadTraining.Reference with { Epochs = 2, BatchSize = 16 }, DtaadTraining.Loss);

        Assert.Equal(before, model.state_dict()["frozen_decoder1_weight"].ToArray());
        Assert.NotEqual(other, model.state_dict()["fcn.weight"].ToArray());
    }

    [Fact]
    public void FirstStepCallback_AddsX1ToTheFirstStepOnly()
    {
        var model = Build(DtaadConfig.Reference with { Callback = CallbackAddition.FirstStep, TcnDropout = 0 });
        model.eval();
        torch.manual_seed(4);
        var input = torch.rand(3, 2, 10);
        var x1 = torch.full([3L, 2L, 1L], 0.5f);
        var padded = new float[3 * 2 * 10];
        var source = input.ToArray();
        for (var i = 0; i < padded.Length; i++)
        {
            padded[i] = source[i] + (i % 10 == 0 ? 0.5f : 0f);
        }

        var expected = Build(DtaadConfig.Reference with { TcnDropout = 0 }).GlobalFeatures(torch.tensor(padded, [3, 2, 10]), torch.zeros(3, 2, 1));
        var actual = model.GlobalFeatures(input, x1);

        var e = expected.ToArray();
        var a = actual.ToArray();
        for (var i = 0; i < e.Length; i++)
        {
            Assert.Equal(e[i], a[i], 5);
        }
    }

    [Fact]
    public void AuthorsBroadcastLoss_AveragesEveryForecastTargetChannelPair()
    {
        var loss = DtaadTraining.Loss with { Pairing = ChannelPairing.AuthorsBroadcast };
        var x1 = torch.tensor([0.1f, 0.2f, 0.3f, 0.4f], [2, 2]);
        var x2 = torch.tensor([0.5f, 0.6f, 0.7f, 0.8f], [2, 2]);
        var t = torch.tensor([0.0f, 1.0f, 0.5f, 0.25f], [2, 2]);
        double Pairs(float[] x, float[] y)
        {
            double s = 0;
            for (var b = 0; b < 2; b++)
            {
                for (var c = 0; c < 2; c++)
                {
                    for (var c2 = 0; c2 < 2; c2++)
                    {
                        s += Math.Pow(x[(2 * b) + c] - y[(2 * b) + c2], 2);
                    }
                }
            }

            return s / 8;
        }

        var expected = (0.8 * Pairs(x1.ToArray(), t.ToArray())) + (0.2 * Pairs(x2.ToArray(), t.ToArray()));
        Assert.Equal(expected, loss.Compute(x1, x2, t).item(), 1e-6);

        // Score: channel 0's forecast against every channel.
        Assert.Equal([(0.5f - 0f) * (0.5f - 0f), (0.5f - 1f) * (0.5f - 1f), (0.7f - 0.5f) * (0.7f - 0.5f), (0.7f - 0.25f) * (0.7f - 0.25f)], loss.Score(x2, t).ToArray());
        Assert.NotEqual(loss.Score(x2, t).ToArray(), DtaadTraining.Loss.Score(x2, t).ToArray());
    }

    [Fact]
    public void Validate_UndefinedForkOptions_NameTheProperty()
    {
        var problems = (DtaadConfig.Reference with { Heads = (ForecastHeads)7, Callback = (CallbackAddition)9, GlobalLevelsFrom = (GlobalLevelRule)5 }).Validate();

        Assert.Contains(problems, p => p.StartsWith("Heads:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Callback:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("GlobalLevelsFrom:", StringComparison.Ordinal));
        Assert.Contains((DtaadTraining.Loss with { Pairing = (ChannelPairing)4 }).Validate(), p => p.StartsWith("Loss.Pairing:", StringComparison.Ordinal));
    }
}
