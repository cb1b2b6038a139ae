// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN.Attention;

/// <summary>The tiled online-softmax attention equals the full (L × S scores) attention and stays within its memory bound.</summary>
public class MemoryBoundedAttentionTests
{
    public MemoryBoundedAttentionTests() => torch.manual_seed(61);

    [Theory]
    [InlineData(16, false, 0.0)]
    [InlineData(16, true, 0.0)]
    [InlineData(16, true, 0.3)]
    [InlineData(5, true, 0.0)] // head width padded to 8 inside the tiles
    [InlineData(48, true, 0.0)] // [MSA]'s head width: the 48-column blocks of the products (with AVX-512)
    public void MemoryBounded_EqualsFullAttentionOutputAndGradients(int d, bool masks, double dropout)
    {
        // L = 70 queries (three 32-row tiles), S = 300 keys (three 128-key tiles): the online softmax rescales across tiles.
        const int n = 2, h = 3, l = 70, s = 300;
        var e = h * d;
        var q = torch.randn(n, l, e).requires_grad_();
        var k = torch.randn(n, s, e).requires_grad_();
        var v = torch.randn(n, s, e).requires_grad_();
        var mask = masks ? torch.randn(l, s) : null;
        var pad = masks ? torch.zeros(n, s) : null;
        if (pad is not null)
        {
            pad.Span.Slice(s + 250, 50).Fill(1f); // sample 1: the last 50 keys (most of the third tile) are padding
        }

        var gOut = torch.randn(n, l, e);
        torch.manual_seed(9);
        var (tiled, _) = ScaledDotProductAttention.Apply(
            (q, HeadLayout.Of(true, n, l, e, 0)), (k, HeadLayout.Of(true, n, s, e, 0)), (v, HeadLayout.Of(true, n, s, e, 0)), (n, h, l, s, d), mask, pad, false, false, dropout, [n, l, e], HeadLayout.Of(true, n, l, e, 0));
        tiled.backward(gOut);
        var (gq, gk, gv) = (q.grad!.ToArray(), k.grad!.ToArray(), v.grad!.ToArray());
        q.grad = k.grad = v.grad = null;

        torch.manual_seed(9);
        Tensor Heads(Tensor x, int len) => x.reshape(n, len, h, d).permute(0, 2, 1, 3);
        var scores = Heads(q, l).matmul(Heads(k, s).transpose(2, 3)) * (1f / MathF.Sqrt(d)); // (N, H, L, S): the full matrix
        if (mask is not null)
        {
            scores += mask;
            scores += Tensor.Map(pad!, m => m != 0f ? float.NegativeInfinity : 0f).reshape(n, 1, 1, s);
        }

        var full = torch.nn.functional.dropout(torch.nn.functional.softmax(scores, -1), dropout).matmul(Heads(v, s)).permute(0, 2, 1, 3).reshape(n, l, e);
        full.backward(gOut);
        AssertClose(full.ToArray(), tiled.ToArray());
        AssertClose(q.grad!.ToArray(), gq);
        AssertClose(k.grad!.ToArray(), gk);
        AssertClose(v.grad!.ToArray(), gv);
    }

    [Fact]
    public void MemoryBounded_EqualsMaterialisedPackedKernel()
    {
        // Narrow heads over a short sequence take the kernel that holds T × T probabilities; the tiled kernel reading the
        // same packed projections must agree with it.
        const int n = 3, t = 40, e = 16, heads = 2;
        var qkv = torch.randn(n, t, 3 * e).requires_grad_();
        var gOut = torch.randn(n, t, e);
        Assert.True(PackedSelfAttention.UsesMaterialisedKernel(e / heads, t));
        var full = torch.nn.functional.self_attention(qkv, heads);
        full.backward(gOut);
        var gFull = qkv.grad!.ToArray();
        qkv.grad = null;
        var layout = HeadLayout.Of(true, n, t, 3 * e, 0);
        var (tiled, _) = ScaledDotProductAttention.Apply(
            (qkv, layout), (qkv, layout with { Offset = e }), (qkv, layout with { Offset = 2 * e }), (n, heads, t, t, e / heads), null, null, false, false, 0, [n, t, e], HeadLayout.Of(true, n, t, e, 0));
        tiled.backward(gOut);
        AssertClose(full.ToArray(), tiled.ToArray());
        AssertClose(gFull, qkv.grad!.ToArray());
    }

    [Fact]
    public void MemoryBounded_SameResultsAtOneAndTwoThreads()
    {
        var mha = torch.nn.MultiheadAttention(64, 4, batch_first: true);
        var x = torch.randn(3, 100, 64).requires_grad_();
        var g = torch.randn(3, 100, 64);
        float[] Run(int threads)
        {
            var before = torch.get_num_threads();
            torch.set_num_threads(threads);
            try
            {
                x.grad = null;
                mha.zero_grad();
                var (o, w) = mha.forward(x, x, x);
                (o.sum() + w!.square().sum()).backward();
                return [.. o.ToArray(), .. w.ToArray(), .. x.grad!.ToArray(), .. mha.in_proj_weight.grad!.ToArray()];
            }
            finally
            {
                torch.set_num_threads(before);
            }
        }

        Assert.Equal(Run(1), Run(2));
    }

    [Fact]
    public void MultiheadAttention_L3600Batch8_AllocatesFarLessThanTheScoreMatrix()
    {
        // Issue 13: L = 3,600, batch 8, 4 heads, E = 64. The full scores alone would be 8·4·3600² floats = 1.66 GB; the tiled
        // forward + backward must stay within a bound linear in L (activations of (8, 3600, ·) are 7.4 MB per 64 columns).
        const int n = 8, l = 3600, e = 64;
        var mha = torch.nn.MultiheadAttention(e, 4, batch_first: true);
        var x = torch.randn(n, l, e).requires_grad_();
        var g = torch.randn(n, l, e);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (o, w) = mha.forward(x, x, x, need_weights: false);
        o.backward(g);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Null(w);
        Assert.True(allocated < 256L << 20, $"forward + backward allocated {allocated >> 20} MB; the bound is 256 MB (scores would be 1,659 MB).");
        Assert.All(x.grad!.ToArray(), value => Assert.True(float.IsFinite(value)));
    }

    private static void AssertClose(float[] expected, float[] actual) => Close.Elements(expected, actual, Tolerances.KernelRtol);
}
