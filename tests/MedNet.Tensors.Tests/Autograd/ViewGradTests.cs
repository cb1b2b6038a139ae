// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

public class ViewGradTests
{
    public ViewGradTests() => torch.manual_seed(2);

    [Fact]
    public void Reshape_GradcheckPasses() => GradCheck.Assert(x => x[0].reshape(3, -1) * torch.arange(0, 4).reshape(1, 4), GradCheck.Rand(2, 6));

    [Fact]
    public void Permute_GradcheckPasses() => GradCheck.Assert(x => x[0].permute(2, 0, 1), GradCheck.Rand(2, 3, 4));

    [Fact]
    public void Permute_SwapLastTwo_GradcheckPasses() => GradCheck.Assert(x => x[0].permute(0, 2, 1), GradCheck.Rand(3, 2, 5));

    [Fact]
    public void Permute_SwapLastTwo_MovesEveryElement()
    {
        var x = torch.arange(0, 2 * 3 * 4).reshape(2, 3, 4);
        var y = x.permute(0, 2, 1);
        Assert.Equal(new long[] { 2, 4, 3 }, y.shape);
        var xs = x.ToArray();
        var ys = y.ToArray();
        for (var b = 0; b < 2; b++)
        {
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    Assert.Equal(xs[(b * 12) + (i * 4) + j], ys[(b * 12) + (j * 3) + i]);
                }
            }
        }
    }

    [Fact]
    public void Transpose_GradcheckPasses() => GradCheck.Assert(x => x[0].transpose(0, 2) * 2f, GradCheck.Rand(2, 3, 5));

    [Fact]
    public void SliceWithStep_GradcheckPasses() => GradCheck.Assert(x => x[0].slice(1, 1, 7, 2), GradCheck.Rand(2, 8));

    [Fact]
    public void Cat_GradcheckPasses() => GradCheck.Assert(x => torch.cat([x[0], x[1]], 1), GradCheck.Rand(2, 3), GradCheck.Rand(2, 1));

    [Fact]
    public void Stack_GradcheckPasses() => GradCheck.Assert(x => torch.stack([x[0], x[1] * 2f], 1), GradCheck.Rand(3, 2), GradCheck.Rand(3, 2));

    [Fact]
    public void SplitAndSelect_GradcheckPasses() => GradCheck.Assert(x => x[0].split(2, 1)[1] + x[0].select(1, 0).unsqueeze(1), GradCheck.Rand(3, 5));

    [Fact]
    public void Permute_Values_MatchIndexFormula()
    {
        var x = torch.arange(0, 24).reshape(2, 3, 4);
        var y = x.permute(2, 0, 1);
        Assert.Equal(new long[] { 4, 2, 3 }, y.shape);
        // y[k, i, j] = x[i, j, k] = 12i + 4j + k.
        Assert.Equal((12 * 1) + (4 * 2) + 3, y.ToArray()[(3 * 6) + (1 * 3) + 2]);
    }

    [Fact]
    public void Cat_MismatchedShapes_ThrowsNamingShapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.cat([torch.zeros(2, 3), torch.zeros(3, 3)], 1));
        Assert.Contains("(2, 3)", ex.Message);
        Assert.Contains("(3, 3)", ex.Message);
    }
}
