// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.Kernels;

public class MatMulKernelTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(6, 16, 32)]
    [InlineData(7, 17, 33)]
    [InlineData(13, 5, 40)]
    [InlineData(64, 48, 31)]
    [InlineData(100, 33, 65)]
    public void Gemm_OddSizesAndTransposes_MatchScalarReference(int m, int n, int k)
    {
        var rng = new System.Random(m * 1000 + n * 10 + k);
        var a = RandomArray(rng, m * k);
        var b = RandomArray(rng, k * n);
        foreach (var (transA, transB) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var (rsa, csa) = transA ? (1, m) : (k, 1);
            var (rsb, csb) = transB ? (1, k) : (n, 1);
            var fast = new float[m * n];
            var reference = new float[m * n];
            MatMulKernel.Gemm(a, rsa, csa, b, rsb, csb, fast, m, n, k, false);
            MatMulKernel.Reference(a, rsa, csa, b, rsb, csb, reference, m, n, k, false);
            for (var i = 0; i < fast.Length; i++)
            {
                Assert.True(Math.Abs(fast[i] - reference[i]) <= Tolerances.KernelRtol * (1 + Math.Abs(reference[i])), $"({m},{n},{k}) trans {transA}/{transB} element {i}: {fast[i]} vs {reference[i]}");
            }
        }
    }

    [Fact]
    public void Gemm_LengthSweep_MatchesScalarReference()
    {
        // STYLE.md rule 15(e): sizes from 0 to 2 × vector width + 1 on each axis, with accumulation.
        var rng = new System.Random(9);
        foreach (var k in new[] { 0, 1, 8, 17 })
        {
            for (var m = 0; m <= 17; m++)
            {
                for (var n = 0; n <= 17; n++)
                {
                    var a = RandomArray(rng, m * k);
                    var b = RandomArray(rng, k * n);
                    var fast = RandomArray(rng, m * n);
                    var reference = (float[])fast.Clone();
                    MatMulKernel.Gemm(a, k, 1, b, n, 1, fast, m, n, k, true);
                    MatMulKernel.Reference(a, k, 1, b, n, 1, reference, m, n, k, true);
                    for (var i = 0; i < fast.Length; i++)
                    {
                        Assert.True(Math.Abs(fast[i] - reference[i]) <= Tolerances.KernelRtol * (1 + Math.Abs(reference[i])), $"({m},{n},{k}) element {i}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Gemm_ThreadCount_DoesNotChangeResult()
    {
        var rng = new System.Random(5);
        var a = RandomArray(rng, 96 * 80);
        var b = RandomArray(rng, 80 * 70);
        var one = new float[96 * 70];
        var two = new float[96 * 70];
        var saved = torch.get_num_threads();
        try
        {
            torch.set_num_threads(1);
            MatMulKernel.Gemm(a, 80, 1, b, 70, 1, one, 96, 70, 80, false);
            torch.set_num_threads(2);
            MatMulKernel.Gemm(a, 80, 1, b, 70, 1, two, 96, 70, 80, false);
        }
        finally
        {
            torch.set_num_threads(saved);
        }

        Assert.Equal(one, two);
    }

    [Fact]
    public void Matmul_Batched_GradcheckPasses()
    {
        torch.manual_seed(3);
        GradCheck.Assert(x => x[0].matmul(x[1]), torch.randn(2, 3, 4), torch.randn(2, 4, 5));
    }

    [Fact]
    public void Matmul_SharedRightOperand_GradcheckPasses()
    {
        torch.manual_seed(4);
        GradCheck.Assert(x => x[0].matmul(x[1]), torch.randn(2, 3, 4), torch.randn(4, 2));
    }

    [Fact]
    public void Matmul_LargeEnoughForFastKernel_GradcheckPasses()
    {
        torch.manual_seed(5);
        GradCheck.Assert(x => x[0].matmul(x[1]), torch.randn(7, 20), torch.randn(20, 18));
    }

    [Fact]
    public void Matmul_VectorCases_FollowPyTorchRules()
    {
        var v = torch.tensor([1f, 2f], [2]);
        var m = torch.tensor([1f, 2f, 3f, 4f], [2, 2]);
        Assert.Equal(5f, v.matmul(v).item());
        Assert.Equal(new[] { 7f, 10f }, v.matmul(m).ToArray());
        Assert.Equal(new[] { 5f, 11f }, m.matmul(v).ToArray());
    }

    [Fact]
    public void Matmul_InnerMismatch_ThrowsNamingShapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.zeros(2, 3).matmul(torch.zeros(4, 5)));
        Assert.Contains("(2, 3)", ex.Message);
        Assert.Contains("(4, 5)", ex.Message);
    }

    private static float[] RandomArray(System.Random rng, int n)
    {
        var r = new float[n];
        for (var i = 0; i < n; i++)
        {
            r[i] = (float)((rng.NextDouble() * 2) - 1);
        }

        return r;
    }
}
