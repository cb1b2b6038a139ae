// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>
/// Scaled dot-product attention in float64, composed of the float64 core ops (products, softmax, dropout) so autograd comes
/// from theirs: the float64 forms of <c>scaled_dot_product_attention</c>, <c>self_attention</c> and the masked
/// <see cref="MultiheadAttention"/>. A correctness path: the float32 attention kernels are untouched.
/// </summary>
internal static class Float64Attention
{
    /// <summary>
    /// softmax(q·kᵀ/√D + mask)·v over the last two dimensions, with dropout on the weights (one draw per weight in (…, L, S)
    /// order, as the float32 kernels). Returns the output and the pre-dropout weights.
    /// </summary>
    /// <param name="q">(…, L, D).</param>
    /// <param name="k">(…, S, D), the same leading dims.</param>
    /// <param name="v">(…, S, Dv), the same leading dims.</param>
    /// <param name="mask">Additive float64 mask broadcasting against (…, L, S), or null.</param>
    /// <param name="dropout">Drop probability in [0, 1).</param>
    internal static (Tensor Output, Tensor Weights) Attend(Tensor q, Tensor k, Tensor v, Tensor? mask, double dropout)
    {
        var scores = Tensor.AffineF64(q.matmul(k.transpose(-2, -1)), 1 / Math.Sqrt(q.Dims[^1]), 0);
        if (mask is not null)
        {
            scores += mask;
        }

        var weights = Float64Ops.Softmax(scores, -1, log: false);
        var attended = dropout > 0 ? Float64Ops.Dropout(weights, dropout) : weights;
        return (attended.matmul(v), weights);
    }

    /// <summary>The float64 form of <c>torch.nn.functional.scaled_dot_product_attention</c> (shapes checked by the caller).</summary>
    internal static Tensor ScaledDotProduct(Tensor query, Tensor key, Tensor value, double dropout)
    {
        RequireF64("scaled_dot_product_attention", query, key, value);
        var (n, l, s, e) = (query.NumelInt / (query.Dims[^2] * query.Dims[^1]), query.Dims[^2], key.Dims[^2], query.Dims[^1]);
        return Attend(query.reshape(n, l, e), key.reshape(n, s, e), value.reshape(n, s, e), null, dropout).Output.reshape(query.shape);
    }

    /// <summary>The float64 form of <c>torch.nn.functional.self_attention</c>: heads split from qkv (N, T, 3E), attended, concatenated.</summary>
    internal static Tensor Self(Tensor qkv, int heads, double dropout)
    {
        int n = qkv.Dims[0], t = qkv.Dims[1], e = qkv.Dims[2] / 3, d = e / heads;
        Tensor Head(int block) => qkv.narrow(2, block * e, e).reshape(n, t, heads, d).permute(0, 2, 1, 3);
        var context = Attend(Head(0), Head(1), Head(2), null, dropout).Output; // (N, H, T, D)
        return context.permute(0, 2, 1, 3).reshape(n, t, e);
    }

    /// <summary>
    /// The additive float64 mask of <see cref="MultiheadAttention"/> for scores (N, H, L, S): attn_mask (L, S) as given, plus −∞
    /// where key_padding_mask (N, S) is non-zero; null without masks. Masks are data (no gradient) of any dtype.
    /// </summary>
    internal static Tensor? Mask(Tensor? attnMask, Tensor? keyPadding, int n, int l, int s)
    {
        if (attnMask is not null && attnMask.NumelInt != l * s)
        {
            throw new ArgumentException($"MultiheadAttention: expected attn_mask ({l}, {s}) but got {Shape.Format(attnMask.Dims)}.", nameof(attnMask));
        }

        if (keyPadding is not null && keyPadding.NumelInt != n * s)
        {
            throw new ArgumentException($"MultiheadAttention: expected key_padding_mask ({n}, {s}) but got {Shape.Format(keyPadding.Dims)}.", nameof(keyPadding));
        }

        Tensor? mask = attnMask?.detach().to(ScalarType.Float64).reshape(1, 1, l, s);
        if (keyPadding is not null)
        {
            var flags = keyPadding.detach().to(ScalarType.Float64).ToArray<double>();
            var pad = new double[flags.Length];
            for (var i = 0; i < pad.Length; i++)
            {
                pad[i] = flags[i] != 0 ? double.NegativeInfinity : 0;
            }

            var padMask = Tensor.FromDoubles(pad, [n, 1, 1, s]);
            mask = mask is null ? padMask : mask + padMask;
        }

        return mask;
    }

    private static void RequireF64(string op, Tensor query, Tensor key, Tensor value)
    {
        var reference = Tensor.FromDoubles([0], []);
        DTypes.RequireSame(op, reference, query, "query");
        DTypes.RequireSame(op, reference, key, "key");
        DTypes.RequireSame(op, reference, value, "value");
    }
}
