// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.Kernels;

public class SmallLinearKernelTests
{
    public SmallLinearKernelTests() => torch.manual_seed(31);

    [Theory]
    [InlineData(2, 16)]
    [InlineData(16, 2)]
    [InlineData(10, 1)]
    [InlineData(2, 6)]
    [InlineData(9, 11)]
    [InlineData(24, 17)]
    public void Linear_TinyWeights_GradcheckPasses(int fin, int fout)
    {
        Assert.True(SmallLinearKernel.Applies(fin, fout));
        var lin = torch.nn.Linear(fin, fout);
        GradCheck.Assert(x => torch.nn.functional.linear(x[0], x[1], x[2]), torch.randn(3, 7, fin), lin.weight.detach().clone(), lin.bias!.detach().clone());
    }

    [Theory]
    [InlineData(2, 16, 1280)]
    [InlineData(16, 2, 1280)]
    [InlineData(10, 1, 256)]
    [InlineData(2, 6, 37)]
    [InlineData(13, 9, 50)]
    [InlineData(2, 2, 1281)] // lane-permute path, one row left for the scalar loop
    [InlineData(2, 3, 50)]
    [InlineData(4, 1, 19)]
    public void SmallLinear_ForwardAndGradients_MatchScalarReference(int fin, int fout, int rows)
    {
        var x = torch.randn(rows, fin).ToArray();
        var w = torch.randn(fout, fin).ToArray();
        var b = torch.randn(fout).ToArray();
        var dy = torch.randn(rows, fout).ToArray();

        var y = new float[rows * fout];
        SmallLinearKernel.Forward(x, w, b, y, rows, fin, fout);
        var yRef = new float[rows * fout];
        MatMulKernel.Reference(x, fin, 1, w, 1, fin, yRef, rows, fout, fin, false);
        for (var i = 0; i < yRef.Length; i++)
        {
            yRef[i] += b[i % fout];
        }

        var dx = new float[rows * fin];
        SmallLinearKernel.BackwardInput(dy, w, dx, rows, fin, fout);
        var dxRef = new float[rows * fin];
        MatMulKernel.Reference(dy, fout, 1, w, fin, 1, dxRef, rows, fin, fout, false);

        var dw = new float[fout * fin];
        var db = new float[fout];
        SmallLinearKernel.BackwardWeight(dy, x, dw, db, rows, fin, fout);
        var dwRef = new float[fout * fin];
        MatMulKernel.Reference(dy, 1, fout, x, fin, 1, dwRef, fout, fin, rows, false);
        var dbRef = new double[fout];
        for (var r = 0; r < rows; r++)
        {
            for (var o = 0; o < fout; o++)
            {
                dbRef[o] += dy[(r * fout) + o];
            }
        }

        AssertClose(yRef, y, fin);
        AssertClose(dxRef, dx, fout);
        AssertClose(dwRef, dw, rows);
        AssertClose(Array.ConvertAll(dbRef, v => (float)v), db, rows);
    }

    private static void AssertClose(float[] expected, float[] actual, int terms)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            // Sums of `terms` products in another order (FMA, vector lanes): rounding grows like √terms·ε·|terms|.
            var tol = Tolerances.KernelRtol * (1 + Math.Abs(expected[i])) * Math.Sqrt(terms) * 4;
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tol, $"element {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
