// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Activation;

public class ActivationTests
{
    public ActivationTests() => torch.manual_seed(11);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    public void Softmax_AnyDim_GradcheckPasses(int dim) => GradCheck.Assert(x => torch.nn.functional.softmax(x[0], dim), torch.randn(2, 3, 4));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void LogSoftmax_GradcheckPasses(int dim) => GradCheck.Assert(x => torch.nn.functional.log_softmax(x[0], dim), torch.randn(2, 3, 4));

    [Fact]
    public void Softmax_Rows_SumToOne()
    {
        var y = torch.nn.Softmax(1).call(torch.randn(5, 7) * 10f);
        Assert.All(y.sum(1).ToArray(), s => Assert.Equal(1f, s, 5));
    }

    [Fact]
    public void LogSoftmax_LargeLogits_StaysFinite()
    {
        var y = torch.nn.LogSoftmax(0).call(torch.tensor([1000f, 0f, -1000f], [3]));
        Assert.Equal(0f, y.ToArray()[0], 5);
        Assert.True(float.IsFinite(y.ToArray()[2]));
    }

    [Fact]
    public void Modules_MatchTensorMethods()
    {
        var x = torch.randn(10);
        Assert.Equal(x.relu().ToArray(), torch.nn.ReLU().call(x).ToArray());
        Assert.Equal(x.leaky_relu(0.2f).ToArray(), torch.nn.LeakyReLU(0.2).call(x).ToArray());
        Assert.Equal(x.sigmoid().ToArray(), torch.nn.Sigmoid().call(x).ToArray());
        Assert.Equal(x.tanh().ToArray(), torch.nn.Tanh().call(x).ToArray());
        Assert.Equal(x.gelu().ToArray(), torch.nn.GELU().call(x).ToArray());
    }

    [Fact]
    public void Dropout_TrainScalesKeptAndEvalIsIdentity()
    {
        var d = torch.nn.Dropout(0.25);
        var x = torch.ones(10_000);
        var y = d.call(x).ToArray();
        Assert.All(y, v => Assert.True(v == 0f || Math.Abs(v - (1f / 0.75f)) < 1e-6));
        Assert.InRange(y.Count(v => v == 0f) / 10_000.0, 0.22, 0.28);
        d.eval();
        Assert.Equal(x.ToArray(), d.call(x).ToArray());
    }
}
