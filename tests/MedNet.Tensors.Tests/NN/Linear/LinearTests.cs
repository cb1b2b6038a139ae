// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Linear;

public class LinearTests
{
    public LinearTests() => torch.manual_seed(12);

    [Fact]
    public void Linear_3dInput_GradcheckPasses()
    {
        var lin = torch.nn.Linear(4, 3);
        GradCheck.Assert(x => torch.nn.functional.linear(x[0], x[1], x[2]), torch.randn(2, 5, 4), lin.weight.detach().clone(), lin.bias!.detach().clone());
    }

    [Fact]
    public void Linear_MatchesMatmulDefinition()
    {
        var lin = torch.nn.Linear(3, 2);
        var x = torch.randn(4, 3);
        var expected = x.matmul(lin.weight.t()) + lin.bias!;
        Assert.True(lin.call(x).allclose(expected, 1e-5, 1e-6));
    }

    [Fact]
    public void Linear_NoBias_HasOnlyWeight()
    {
        var lin = torch.nn.Linear(3, 2, bias: false);
        Assert.Single(lin.named_parameters());
        Assert.Equal(6, lin.parameter_count());
    }

    [Fact]
    public void Linear_WrongFeatures_ThrowsNamingShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.nn.Linear(3, 2).call(torch.zeros(4, 5)));
        Assert.Contains("(4, 5)", ex.Message);
    }
}
