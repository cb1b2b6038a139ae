// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

public class DtaadModelTests
{
    private static DtaadModel Build(int channels, int seed = 0)
    {
        torch.manual_seed(seed);
        return new DtaadModel(channels, DtaadTraining.WindowLength, DtaadConfig.Reference);
    }

    [Fact]
    public void Forward_BatchOfWindows_TwoForecastsPerChannelInUnitInterval()
    {
        var model = Build(2);
        torch.manual_seed(1);
        var (x1, x2) = model.call(torch.rand(5, 2, 10));

        Assert.Equal([5L, 2L], x1.shape);
        Assert.Equal([5L, 2L], x2.shape);
        foreach (var v in x1.ToArray())
        {
            Assert.InRange(v, 0f, 1f);
        }

        Assert.Equal([1, 2, 4], model.GlobalDilations);
    }

    [Fact]
    public void Parameters_ReferenceLayout_CountMatchesPyTorchDtaadForTwoChannels()
    {
        // PyTorch DTAAD(feats=2) has 6 TCN convs (g 2 + v 2·2·k + b 2), two encoder layers
        // (MHA 3·2·2 + 3·2 + 2·2 + 2, linear1 2·16 + 16, linear2 16·2 + 2), fcn 2·2 + 2, two heads 10 + 1.
        const int localConvs = 3 * (2 + (2 * 2 * 4) + 2);
        const int globalConvs = 3 * (2 + (2 * 2 * 3) + 2);
        const int encoder = (12 + 6 + 4 + 2) + (32 + 16) + (32 + 2);
        const int expected = localConvs + globalConvs + (2 * encoder) + 6 + (2 * 11);
        Assert.Equal(expected, Build(2).parameter_count());
    }

    [Fact]
    public void Backward_LossOnSecondForecastOnly_ReachesLocalBranchThroughUndetachedCallback()
    {
        var model = Build(2);
        model.eval();
        torch.manual_seed(2);
        var (_, x2) = model.call(torch.rand(4, 2, 10));
        x2.sum().backward();

        foreach (var (name, p) in model.named_parameters())
        {
            if (name.StartsWith("decoder1", StringComparison.Ordinal) || name.StartsWith("l_tcn", StringComparison.Ordinal) || name.StartsWith("g_tcn", StringComparison.Ordinal))
            {
                Assert.NotNull(p.grad);
                var any = false;
                foreach (var g in p.grad!.ToArray())
                {
                    Assert.True(float.IsFinite(g), $"{name} has a non-finite gradient.");
                    any |= g != 0f;
                }

                Assert.True(any, $"{name} received no gradient from the x2 loss.");
            }
        }
    }

    [Fact]
    public void Forward_EvalMode_IsDeterministic()
    {
        var model = Build(1);
        model.eval();
        torch.manual_seed(3);
        var x = torch.rand(3, 1, 10);
        Assert.Equal(model.call(x).X2.ToArray(), model.call(x).X2.ToArray());
    }

    [Fact]
    public void Forward_WrongWindowLength_ThrowsNamingExpectedShape()
    {
        var model = Build(2);
        var e = Assert.Throws<ArgumentException>(() => model.call(torch.rand(4, 2, 9)));
        Assert.Contains("(B, 2, 10)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CausalConv_ChangingFutureInput_LeavesPastOutputsUnchanged()
    {
        torch.manual_seed(4);
        var conv = new WeightNormCausalConv1d(1, 1, 3, 2);
        var a = new float[10];
        var b = new float[10];
        for (var i = 0; i < 10; i++)
        {
            a[i] = b[i] = i * 0.1f;
        }

        b[7] = 5f;
        var ya = conv.call(torch.tensor(a, [1, 1, 10])).ToArray();
        var yb = conv.call(torch.tensor(b, [1, 1, 10])).ToArray();
        for (var t = 0; t < 7; t++)
        {
            Assert.Equal(ya[t], yb[t]);
        }

        Assert.NotEqual(ya[7], yb[7]);
    }

    [Fact]
    public void WeightNorm_AtInit_EffectiveWeightEqualsDirection()
    {
        torch.manual_seed(5);
        var conv = new WeightNormCausalConv1d(2, 3, 4, 1);
        var w = conv.Weight().ToArray();
        var v = conv.weight_v.ToArray();
        for (var i = 0; i < w.Length; i++)
        {
            Assert.Equal(v[i], w[i], Tolerance.Float32Rounding);
        }
    }

    [Fact]
    public void PositionalEncoding_Table_AddsSinAndCosToEveryChannel()
    {
        var pe = DtaadPositionalEncoding.Table(3, 2).ToArray();
        Assert.Equal(1f, pe[0], Tolerance.Float32Rounding);
        Assert.Equal(1f, pe[1], Tolerance.Float32Rounding);
        Assert.Equal(MathF.Sin(2f) + MathF.Cos(2f), pe[4], Tolerance.Float32Rounding);
        var w = (float)Math.Exp(-Math.Log(10000.0) / 2);
        Assert.Equal(MathF.Sin(2f * w) + MathF.Cos(2f * w), pe[5], Tolerance.Float32Rounding);
    }

    private static class Tolerance
    {
        /// <summary>Float32 arithmetic of a norm ratio and a sin/cos: a few ulps of values of order 1.</summary>
        public const float Float32Rounding = 1e-5f;
    }
}
