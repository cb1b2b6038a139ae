// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

public class ElementwiseGradTests
{
    public ElementwiseGradTests() => torch.manual_seed(0);

    [Fact]
    public void Add_Broadcast_GradcheckPasses() => GradCheck.Assert(x => x[0] + x[1], GradCheck.Rand(2, 3, 4), GradCheck.Rand(3, 1));

    [Fact]
    public void Sub_Broadcast_GradcheckPasses() => GradCheck.Assert(x => x[0] - x[1], GradCheck.Rand(4), GradCheck.Rand(3, 4));

    [Fact]
    public void Mul_Broadcast_GradcheckPasses() => GradCheck.Assert(x => x[0] * x[1], GradCheck.Rand(2, 1, 5), GradCheck.Rand(3, 1));

    [Fact]
    public void Div_Broadcast_GradcheckPasses() => GradCheck.Assert(x => x[0] / (x[1].square() + 1f), GradCheck.Rand(2, 3), GradCheck.Rand(3));

    [Fact]
    public void Scalars_AffineOps_GradcheckPasses() => GradCheck.Assert(x => (2f - (x[0] * 3f)) / 4f + 1f, GradCheck.Rand(5));

    [Fact]
    public void MaximumMinimum_GradcheckPasses() => GradCheck.Assert(
        x => x[0].maximum(x[1]) + x[0].minimum(x[1] * 2f),
        torch.tensor([0.5f, -1f, 2f, 0.1f], [4]),
        torch.tensor([1f, -2f, 0.3f, 1.5f], [4]));

    [Theory]
    [InlineData("exp")]
    [InlineData("log")]
    [InlineData("sqrt")]
    [InlineData("abs")]
    [InlineData("square")]
    [InlineData("pow")]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    [InlineData("relu")]
    [InlineData("leaky_relu")]
    [InlineData("gelu")]
    [InlineData("clamp")]
    public void Unary_Gradcheck_Passes(string op)
    {
        // Keep inputs away from kinks (0 for relu/abs, clamp bounds) so central differences are valid.
        var x = torch.tensor([-1.3f, -0.7f, -0.21f, 0.33f, 0.8f, 1.7f, 2.2f], [7]);
        var positive = op is "log" or "sqrt" or "pow";
        GradCheck.Assert(
            t =>
            {
                var v = positive ? t[0].abs() + 0.5f : t[0];
                return op switch
                {
                    "exp" => v.exp(),
                    "log" => v.log(),
                    "sqrt" => v.sqrt(),
                    "abs" => v.abs(),
                    "square" => v.square(),
                    "pow" => v.pow(1.7f),
                    "tanh" => v.tanh(),
                    "sigmoid" => v.sigmoid(),
                    "relu" => v.relu(),
                    "leaky_relu" => v.leaky_relu(0.2f),
                    "gelu" => v.gelu(),
                    "clamp" => v.clamp(-1f, 1f),
                    _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown op"),
                };
            },
            x);
    }

    [Fact]
    public void Gelu_KnownValues_MatchErfForm()
    {
        var y = torch.tensor([-1f, 0f, 1f, 2f], [4]).gelu().ToArray();
        // x·Φ(x) from the exact erf: Φ(1) = 0.8413447460685429.
        Assert.Equal(-0.15865525393145707f, y[0], 6);
        Assert.Equal(0f, y[1]);
        Assert.Equal(0.8413447460685429f, y[2], 6);
        Assert.Equal(1.9544997361036416f, y[3], 6);
    }

    [Fact]
    public void Add_IncompatibleShapes_ThrowsNamingBothShapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.zeros(2, 3) + torch.zeros(4));
        Assert.Contains("add", ex.Message);
        Assert.Contains("(2, 3)", ex.Message);
        Assert.Contains("(4,)", ex.Message);
    }

    [Fact]
    public void Comparisons_Broadcast_ReturnMasks()
    {
        var a = torch.tensor([1f, 2f, 3f], [3]);
        Assert.Equal(new[] { 0f, 0f, 1f }, a.gt(2f).ToArray());
        Assert.Equal(new[] { 1f, 1f, 0f }, a.le(torch.tensor([2f, 2f, 2f], [3])).ToArray());
        Assert.Equal(new[] { 0f, 1f, 0f }, a.eq(2f).ToArray());
    }
}
