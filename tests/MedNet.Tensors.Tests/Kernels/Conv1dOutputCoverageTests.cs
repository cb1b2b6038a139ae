// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.Kernels;

/// <summary>
/// Every convolution path writes every element of its output: the output arrives holding NaN (as a reused pool array
/// holds stale values) and must come back finite. A path that accumulated into an output it had not first cleared
/// would read the previous tensor's values and make results depend on what the pool handed out.
/// </summary>
public sealed class Conv1dOutputCoverageTests
{
    public static TheoryData<int, int, int, int, int, int, int, int> Geometries() => new()
    {
        // n, cin, l, cout, k, stride, pad, groups: flat, depthwise, small, direct and im2col paths, strided and padded.
        { 32, 3, 360, 8, 7, 1, 3, 1 },
        { 32, 1, 360, 8, 7, 1, 3, 1 },
        { 32, 1, 360, 16, 7, 1, 3, 1 },
        { 128, 1, 360, 8, 7, 1, 3, 1 },
        { 4, 8, 600, 16, 5, 1, 2, 1 },
        { 2, 16, 300, 16, 3, 1, 1, 16 },
        { 2, 8, 64, 8, 3, 1, 2, 1 },
        { 3, 5, 200, 7, 4, 2, 1, 1 },
        { 2, 6, 120, 6, 3, 1, 0, 3 },
        { 8, 64, 360, 64, 1, 1, 0, 1 },
        { 8, 32, 360, 64, 5, 1, 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Geometries))]
    public void ForwardAndInputGradient_WriteEveryOutputElement(int n, int cin, int l, int cout, int k, int stride, int pad, int groups)
    {
        var geo = new Conv1dGeometry(n, cin, l, cout, k, stride, pad, pad, 1, groups);
        torch.manual_seed(0);
        var x = torch.randn(n, cin, l).ToArray();
        var w = torch.randn(cout, cin / groups, k).ToArray();
        var b = torch.randn(cout).ToArray();
        var dy = torch.randn(n * cout * geo.Lout).ToArray();

        var y = Poisoned(n * cout * geo.Lout);
        Conv1dKernel.Forward(geo, x, w, b, y);
        AssertFinite(y, "forward", geo);

        var dx = Poisoned(x.Length);
        Conv1dKernel.BackwardInput(geo, dy, w, dx);
        AssertFinite(dx, "input gradient", geo);
        // BackwardWeight accumulates by contract (Conv1d hands it zeros), so it is not part of this check.
    }

    private static float[] Poisoned(int length)
    {
        var a = new float[length];
        a.AsSpan().Fill(float.NaN);
        return a;
    }

    private static void AssertFinite(float[] a, string what, Conv1dGeometry geo)
    {
        var bad = Array.FindIndex(a, v => !float.IsFinite(v));
        Assert.True(bad < 0, $"{what} of {geo}: element {bad} of {a.Length} was never written (still NaN)");
    }
}
