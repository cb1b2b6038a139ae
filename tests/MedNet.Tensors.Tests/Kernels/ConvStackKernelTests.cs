// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.Kernels;

/// <summary>The conv-stack kernels (issue 13) against the scalar reference convolution, at sizes that hit their SIMD bodies, tails and threads.</summary>
public sealed class ConvStackKernelTests
{
    [Theory]
    [InlineData(3, 8, 45, 3, 1, 1, 1)]
    [InlineData(2, 6, 37, 5, 2, 4, 3)]
    [InlineData(2, 4, 20, 3, 1, 0, 2)]
    public void Depthwise_MatchesReference(int n, int c, int l, int k, int dilation, int padLeft, int padRight)
    {
        var geo = new Conv1dGeometry(n, c, l, c, k, 1, padLeft, padRight, dilation, c);
        Assert.True(DepthwiseConv1dKernel.Applies(geo));
        AssertMatchesReference(geo, DepthwiseConv1dKernel.Forward, DepthwiseConv1dKernel.BackwardInput, DepthwiseConv1dKernel.BackwardWeight);
    }

    [Theory]
    [InlineData(3, 6, 10, 40, 5, 1, 2, 2, 1)]
    [InlineData(2, 4, 8, 33, 3, 2, 2, 2, 2)]
    [InlineData(2, 32, 64, 60, 5, 1, 2, 2, 1)]
    public void WeightGrad_MatchesReference(int n, int cin, int cout, int l, int k, int dilation, int padLeft, int padRight, int groups)
    {
        var geo = new Conv1dGeometry(n, cin, l, cout, k, 1, padLeft, padRight, dilation, groups);
        Assert.True(ConvWeightGradKernel.Applies(geo));
        var (x, _, dy) = Draw(geo, 7);
        var (dw, db, rw, rb) = (new float[cout * (cin / groups) * k], new float[cout], new float[cout * (cin / groups) * k], new float[cout]);
        dw[0] = rw[0] = 0.5f; // the contract adds into dW
        ConvWeightGradKernel.Run(geo, x, dy, dw, db);
        Conv1dKernelReference.BackwardWeight(geo, x, dy, rw, rb);
        AssertClose(rw, dw, "dW");
        AssertClose(rb, db, "db");
    }

    [Fact]
    public void WeightGrad_SameResultAtOneAndTwoThreads()
    {
        var geo = new Conv1dGeometry(4, 32, 90, 64, 5, 1, 2, 2, 1, 1);
        var (x, _, dy) = Draw(geo, 3);
        var a = new float[64 * 32 * 5];
        var b = new float[64 * 32 * 5];
        var old = Threading.Threads;
        try
        {
            Threading.Threads = 1;
            ConvWeightGradKernel.Run(geo, x, dy, a, default);
            Threading.Threads = 2;
            ConvWeightGradKernel.Run(geo, x, dy, b, default);
        }
        finally
        {
            Threading.Threads = old;
        }

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(2, 32, 64, 360, 5, 1, 2, 2)] // the conv stack's Conv1d 32→64 k5: full 4×24 tiles
    [InlineData(3, 1, 32, 50, 7, 1, 3, 3)] // Conv1d 1→32 k7, length with an 8-wide and a scalar tail
    [InlineData(2, 5, 7, 61, 3, 2, 2, 2)] // dilation 2, 7 output rows (a 4-row tile and 3 single rows)
    [InlineData(2, 3, 6, 30, 4, 1, 0, 3)] // even kernel, asymmetric padding
    [InlineData(2, 4, 5, 40, 3, 1, 0, 0)] // no padding: output shorter than input, negative transposed padding
    public void Direct_MatchesReference(int n, int cin, int cout, int l, int k, int dilation, int padLeft, int padRight)
    {
        var geo = new Conv1dGeometry(n, cin, l, cout, k, 1, padLeft, padRight, dilation, 1);
        Assert.True(DirectConv1dKernel.Applies(geo));
        AssertMatchesReference(geo, DirectConv1dKernel.Forward, DirectConv1dKernel.BackwardInput, Conv1dKernelReference.BackwardWeight);
    }

    [Fact]
    public void Direct_SameResultAtOneAndTwoThreads()
    {
        var geo = new Conv1dGeometry(6, 32, 90, 64, 5, 1, 2, 2, 1, 1);
        var (x, w, dy) = Draw(geo, 5);
        var bias = Random(64, 9);
        var (y1, y2) = (new float[6 * 64 * 90], new float[6 * 64 * 90]);
        var (dx1, dx2) = (new float[x.Length], new float[x.Length]);
        var old = Threading.Threads;
        try
        {
            Threading.Threads = 1;
            DirectConv1dKernel.Forward(geo, x, w, bias, y1);
            DirectConv1dKernel.BackwardInput(geo, dy, w, dx1);
            Threading.Threads = 2;
            DirectConv1dKernel.Forward(geo, x, w, bias, y2);
            DirectConv1dKernel.BackwardInput(geo, dy, w, dx2);
        }
        finally
        {
            Threading.Threads = old;
        }

        Assert.Equal(y1, y2);
        Assert.Equal(dx1, dx2);
    }

    private delegate void ForwardFn(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);

    private delegate void BackInputFn(Conv1dGeometry geo, ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx);

    private delegate void BackWeightFn(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db);

    private static void AssertMatchesReference(Conv1dGeometry geo, ForwardFn forward, BackInputFn backInput, BackWeightFn backWeight)
    {
        var (x, w, dy) = Draw(geo, 11);
        var bias = Random(geo.Cout, 5);
        var (y, ry) = (new float[geo.N * geo.Cout * geo.Lout], new float[geo.N * geo.Cout * geo.Lout]);
        forward(geo, x, w, bias, y);
        Conv1dKernelReference.Forward(geo, x, w, bias, ry);
        AssertClose(ry, y, "y");
        var (dx, rdx) = (new float[x.Length], new float[x.Length]);
        backInput(geo, dy, w, dx);
        Conv1dKernelReference.BackwardInput(geo, dy, w, rdx);
        AssertClose(rdx, dx, "dx");
        var (dw, db, rdw, rdb) = (new float[w.Length], new float[geo.Cout], new float[w.Length], new float[geo.Cout]);
        backWeight(geo, x, dy, dw, db);
        Conv1dKernelReference.BackwardWeight(geo, x, dy, rdw, rdb);
        AssertClose(rdw, dw, "dW");
        AssertClose(rdb, db, "db");
    }

    private static (float[] X, float[] W, float[] Dy) Draw(Conv1dGeometry geo, int seed) =>
        (Random(geo.N * geo.Cin * geo.L, seed), Random(geo.Cout * geo.Cg * geo.K, seed + 1), Random(geo.N * geo.Cout * geo.Lout, seed + 2));

    private static float[] Random(int n, int seed)
    {
        var rng = new System.Random(seed);
        var a = new float[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = (float)((rng.NextDouble() * 2) - 1);
        }

        return a;
    }

    private static void AssertClose(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var diff = Math.Abs(expected[i] - actual[i]);
            Assert.True(diff <= 1e-5 + (Tolerances.KernelRtol * 10 * Math.Abs(expected[i])), $"{what}[{i}]: {actual[i]:G9} vs reference {expected[i]:G9}");
        }
    }
}
