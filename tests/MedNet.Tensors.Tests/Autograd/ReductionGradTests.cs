// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

public class ReductionGradTests
{
    public ReductionGradTests() => torch.manual_seed(1);

    [Fact]
    public void SumAll_GradcheckPasses() => GradCheck.Assert(x => x[0].sum(), GradCheck.Rand(3, 4));

    [Fact]
    public void SumDims_KeepdimAndNot_GradcheckPasses() => GradCheck.Assert(x => x[0].sum([0, 2], keepdim: true) * x[0].sum(1).sum(1).reshape(2, 1, 1), GradCheck.Rand(2, 3, 5));

    [Fact]
    public void Mean_GradcheckPasses() => GradCheck.Assert(x => x[0].mean(-1) + x[0].mean(), GradCheck.Rand(4, 3));

    [Fact]
    public void Var_Unbiased_GradcheckPasses() => GradCheck.Assert(x => x[0].var([1]), GradCheck.Rand(3, 6));

    [Fact]
    public void MaxDim_GradcheckPasses() => GradCheck.Assert(x => x[0].max(1).values, torch.tensor([1f, 5f, 3f, 9f, 2f, 4f], [2, 3]));

    [Fact]
    public void Max_ValuesAndArgmax_AreCorrect()
    {
        var x = torch.tensor([1f, 5f, 3f, 9f, 2f, 4f], [2, 3]);
        var (v, i) = x.max(1);
        Assert.Equal(new[] { 5f, 9f }, v.ToArray());
        Assert.Equal(ScalarType.Int64, i.dtype);
        Assert.Equal(new[] { 1L, 0L }, i.ToArray<long>());
        Assert.Equal(new[] { 1L, 0L, 1L }, x.argmax(0).ToArray<long>());
        Assert.Equal(new[] { 0L, 1L, 0L }, x.argmin(0).ToArray<long>());
        Assert.Equal(3L, x.argmax().item<long>());
        Assert.Equal(0L, x.argmin().item<long>());
        Assert.Equal(new long[] { 2, 1 }, x.argmin(1, keepdim: true).shape);
        Assert.Equal(9f, x.max().item());
        Assert.Equal(1f, x.min().item());
    }

    [Fact]
    public void Var_MatchesDefinition()
    {
        var x = torch.tensor([1f, 2f, 3f, 4f], [4]);
        Assert.Equal(1.6666666f, x.var([0]).item(), 5);
        Assert.Equal(1.25f, x.var([0], unbiased: false).item(), 5);
    }
}
