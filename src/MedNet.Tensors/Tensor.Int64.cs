// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Comparisons with int64 operands (class targets, argmax indices); int64 arithmetic stays refused.</summary>
public sealed partial class Tensor
{
    /// <summary>
    /// eq/ne/gt/ge/lt/le with an int64 operand: two int64 tensors compare exactly as longs and give float32 0/1 (the kit has
    /// no bool dtype); an int64 and a float tensor compare in the float's dtype, as PyTorch promotes int64 with a float.
    /// </summary>
    internal static Tensor CompareInt64(Tensor a, Tensor b, BinaryOp op, string name)
    {
        if (a.DType != ScalarType.Int64 || b.DType != ScalarType.Int64)
        {
            return a.DType == ScalarType.Int64 ? Binary(a.to(b.DType), b, op, name) : Binary(a, b.to(a.DType), op, name);
        }

        var outDims = Shape.SameAs(a.Dims, b.Dims) ? a.Dims : Shape.Broadcast(a.Dims, b.Dims, name);
        var r = Empty(outDims);
        var x = a.SpanI64;
        var y = b.SpanI64;
        var d = r.Span;
        var rank = outDims.Length;
        var sa = BroadcastStrides(a.Dims, outDims);
        var sb = BroadcastStrides(b.Dims, outDims);
        var idx = new int[rank];
        int oa = 0, ob = 0;
        for (var i = 0; i < d.Length; i++)
        {
            var (u, v) = (x[oa], y[ob]);
            d[i] = op switch
            {
                BinaryOp.Eq => u == v,
                BinaryOp.Ne => u != v,
                BinaryOp.Gt => u > v,
                BinaryOp.Ge => u >= v,
                BinaryOp.Lt => u < v,
                _ => u <= v,
            } ? 1f : 0f;
            for (var k = rank - 1; k >= 0; k--)
            {
                idx[k]++;
                oa += sa[k];
                ob += sb[k];
                if (idx[k] < outDims[k])
                {
                    break;
                }

                oa -= sa[k] * idx[k];
                ob -= sb[k] * idx[k];
                idx[k] = 0;
            }
        }

        return r;
    }
}
