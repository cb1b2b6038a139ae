// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Normalization;

public class NormalizationTests
{
    public NormalizationTests() => torch.manual_seed(13);

    [Fact]
    public void NumBatchesTracked_IsInt64_StaysInt64UnderDouble_AndLoadsAFloatValue()
    {
        var bn = torch.nn.BatchNorm1d(3);
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        bn.@double();
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        bn.forward(torch.randn(4, 3, 5).to(ScalarType.Float64));
        bn.forward(torch.randn(4, 3, 5).to(ScalarType.Float64));
        Assert.Equal(2L, bn.num_batches_tracked!.item<long>());

        // A state dict saved by an older build held the counter as float32.
        var state = bn.state_dict();
        state["num_batches_tracked"] = torch.tensor(new[] { 7f }, Array.Empty<long>());
        bn.load_state_dict(state);
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        Assert.Equal(7L, bn.num_batches_tracked!.item<long>());
    }

    [Fact]
    public void LayerNorm_GradcheckPasses()
    {
        var w = torch.randn(5);
        var b = torch.randn(5);
        GradCheck.Assert(x => torch.nn.functional.layer_norm(x[0], [5], x[1], x[2]), torch.randn(3, 5), w, b);
    }

    [Fact]
    public void LayerNorm_Output_HasZeroMeanUnitVariance()
    {
        var y = torch.nn.LayerNorm([8]).call(torch.randn(4, 8) * 3f + 2f);
        Assert.All(y.mean(1).ToArray(), m => Assert.Equal(0f, m, 5));
        Assert.All(y.var([1], unbiased: false).ToArray(), v => Assert.Equal(1f, v, 3));
    }

    [Fact]
    public void BatchNorm1d_Train_GradcheckPasses()
    {
        var bn = torch.nn.BatchNorm1d(3);
        using (torch.no_grad())
        {
            bn.weight!.copy_(torch.randn(3));
        }

        GradCheck.Assert(x => bn.call(x[0]), torch.randn(4, 3, 5));
    }

    [Fact]
    public void BatchNorm1d_RunningStats_FollowMomentumRule()
    {
        var bn = torch.nn.BatchNorm1d(2);
        var x = torch.tensor([1f, 2f, 3f, 5f, 4f, 6f], [3, 2]);
        bn.call(x);
        // Channel 0: mean 8/3, unbiased var 7/3; running = 0.9·init + 0.1·batch.
        Assert.Equal(0.1f * 8f / 3f, bn.running_mean!.ToArray()[0], 5);
        Assert.Equal(0.9f + (0.1f * 7f / 3f), bn.running_var!.ToArray()[0], 5);
        Assert.Equal(1L, bn.num_batches_tracked!.item<long>());
        bn.eval();
        var y = bn.call(x);
        Assert.Equal((1f - bn.running_mean.ToArray()[0]) / MathF.Sqrt(bn.running_var.ToArray()[0] + 1e-5f), y.ToArray()[0], 5);
    }
}
