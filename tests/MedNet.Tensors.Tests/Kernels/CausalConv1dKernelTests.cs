// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.Kernels;

public class CausalConv1dKernelTests
{
    public CausalConv1dKernelTests() => torch.manual_seed(41);

    [Theory]
    [InlineData(128, 2, 10, 4, 1)] // DTAAD local TCN
    [InlineData(128, 2, 10, 3, 4)] // DTAAD global TCN, last level
    [InlineData(7, 3, 9, 2, 3)]
    public void FlatPath_MatchesDirectReference(int n, int c, int len, int k, int dilation)
    {
        Assert.True(CausalConv1dKernel.FlatApplies(c, c, len, k));
        var x = torch.randn(n, c, len).ToArray();
        var w = torch.randn(c, c, k).ToArray();
        var b = torch.randn(c).ToArray();
        var dy = torch.randn(n, c, len).ToArray();
        var geo = new Conv1dGeometry(n, c, len, c, k, 1, (k - 1) * dilation, 0, dilation, 1);

        var y = new float[n * c * len];
        CausalConv1dKernel.Forward(x, w, b, y, n, c, c, len, k, dilation);
        var yRef = new float[y.Length];
        Conv1dKernelReference.Forward(geo, x, w, b, yRef);
        Assert.Equal(yRef, y); // same terms added in the same order

        var dx = new float[x.Length];
        CausalConv1dKernel.BackwardInput(dy, w, dx, n, c, c, len, k, dilation);
        var dxRef = new float[x.Length];
        Conv1dKernelReference.BackwardInput(geo, dy, w, dxRef);
        AssertClose(dxRef, dx, c * k);

        var dw = new float[w.Length];
        var db = new float[c];
        CausalConv1dKernel.BackwardWeight(x, dy, dw, db, n, c, c, len, k, dilation);
        var dwRef = new float[w.Length];
        var dbRef = new float[c];
        Conv1dKernelReference.BackwardWeight(geo, x, dy, dwRef, dbRef);
        AssertClose(dwRef, dw, n * len);
        AssertClose(dbRef, db, n * len);
    }

    [Theory]
    [InlineData(64, 2, 10, 3, 1, 1)] // MED-Net's multi-scale extractor: padding k/2
    [InlineData(64, 2, 10, 5, 1, 2)]
    [InlineData(5, 3, 8, 3, 2, 2)]
    [InlineData(5, 2, 9, 4, 1, 1)] // uneven: one on the left, two on the right
    public void Conv1dSameLength_UsesFlatPathAndMatchesDirectReference(int n, int c, int len, int k, int dilation, int padLeft)
    {
        var geo = new Conv1dGeometry(n, c, len, c, k, 1, padLeft, ((k - 1) * dilation) - padLeft, dilation, 1);
        Assert.True(Conv1dKernel.IsFlat(geo));
        var x = torch.randn(n, c, len).ToArray();
        var w = torch.randn(c, c, k).ToArray();
        var b = torch.randn(c).ToArray();
        var dy = torch.randn(n, c, len).ToArray();
        var y = new float[x.Length];
        var yRef = new float[x.Length];
        Conv1dKernel.Forward(geo, x, w, b, y);
        Conv1dKernelReference.Forward(geo, x, w, b, yRef);
        Assert.Equal(yRef, y);
        var dx = new float[x.Length];
        var dxRef = new float[x.Length];
        Conv1dKernel.BackwardInput(geo, dy, w, dx);
        Conv1dKernelReference.BackwardInput(geo, dy, w, dxRef);
        AssertClose(dxRef, dx, c * k);
        var dw = new float[w.Length];
        var db = new float[c];
        var dwRef = new float[w.Length];
        var dbRef = new float[c];
        Conv1dKernel.BackwardWeight(geo, x, dy, dw, db);
        Conv1dKernelReference.BackwardWeight(geo, x, dy, dwRef, dbRef);
        AssertClose(dwRef, dw, n * len);
        AssertClose(dbRef, db, n * len);
    }

    [Fact]
    public void Conv1dSameLength_Gradcheck()
    {
        var conv = torch.nn.Conv1d(2, 2, 5, padding: 2);
        GradCheck.Assert(t => torch.nn.functional.conv1d(t[0], t[1], t[2], padding: 2), torch.randn(3, 2, 10), conv.weight.detach().clone(), conv.bias!.detach().clone());
    }

    [Fact]
    public void FlatPath_NaNInOneWindow_StaysInThatWindow()
    {
        const int n = 4, c = 2, len = 10, k = 4;
        var x = new float[n * c * len];
        var dy = new float[n * c * len];
        Array.Fill(x, 0.5f);
        Array.Fill(dy, 0.5f);
        x[(1 * c * len) + len] = float.NaN; // window 1, channel 1, t = 0
        dy[(2 * c * len) + len - 1] = float.NaN; // window 2, channel 0, last step
        var w = torch.randn(c, c, k).ToArray();
        var y = new float[x.Length];
        var dx = new float[x.Length];
        CausalConv1dKernel.Forward(x, w, [], y, n, c, c, len, k, 1);
        CausalConv1dKernel.BackwardInput(dy, w, dx, n, c, c, len, k, 1);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.True(i / (c * len) == 1 || float.IsFinite(y[i]), $"y[{i}] = {y[i]}");
            Assert.True(i / (c * len) == 2 || float.IsFinite(dx[i]), $"dx[{i}] = {dx[i]}");
        }
    }

    private static void AssertClose(float[] expected, float[] actual, int terms)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            // Sums of `terms` products in another order: rounding grows like √terms·ε.
            var tol = Tolerances.KernelRtol * (1 + Math.Abs(expected[i])) * Math.Sqrt(terms) * 4;
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tol, $"element {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
