// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>
/// The float64 branches of the core ops: straightforward double kernels (a correctness path, single-threaded, TensorPrimitives'
/// generic overloads where they exist), entered from the public ops when an operand is float64. The float32 kernels are untouched.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>PyTorch's promotion for a binary op: float32 × float64 → float64 (differentiable); int64 operands are refused.</summary>
    internal static (Tensor A, Tensor B) Promote(Tensor a, Tensor b, string op)
    {
        if (a.DType == b.DType)
        {
            return a.DType == ScalarType.Int64 ? throw DTypes.NoKernel(a) : (a, b);
        }

        if (a.DType == ScalarType.Int64 || b.DType == ScalarType.Int64)
        {
            var (f, i, arg) = a.DType == ScalarType.Int64 ? (b, a, "self") : (a, b, "other");
            throw new ArgumentException($"{op}: no int64 arithmetic; got {a.DType} and {b.DType}. Convert the int64 operand ({arg}) with to({(f.DType == ScalarType.Float64 ? "torch.float64" : "torch.float32")}) first ({Shape.Format(i.Dims)}).");
        }

        return a.IsF64 ? (a, b.to(ScalarType.Float64)) : (a.to(ScalarType.Float64), b);
    }

    /// <summary>float64 <c>scale · a + shift</c>.</summary>
    internal static Tensor AffineF64(Tensor a, double scale, double shift)
    {
        var r = EmptyOf(a.Dims, ScalarType.Float64);
        var s = a.Span64;
        var d = r.Span64;
        for (var i = 0; i < s.Length; i++)
        {
            d[i] = (scale * s[i]) + shift;
        }

        return Engine.NeedsGrad(a) ? Engine.Record(r, "AffineBackward", g => Engine.AccumulateOwned(a, AffineF64(g, scale, 0)), a) : r;
    }

    /// <summary>float64 broadcasting kernel for every <see cref="BinaryOp"/>; comparisons give 0/1 in float64.</summary>
    internal static void BroadcastF64(BinaryOp op, Tensor a, Tensor b, Tensor r)
    {
        var x = a.Span64;
        var y = b.Span64;
        var d = r.Span64;
        if (Shape.SameAs(a.Dims, b.Dims))
        {
            switch (op)
            {
                case BinaryOp.Add: TensorPrimitives.Add<double>(x, y, d); return;
                case BinaryOp.Sub: TensorPrimitives.Subtract<double>(x, y, d); return;
                case BinaryOp.Mul: TensorPrimitives.Multiply<double>(x, y, d); return;
                case BinaryOp.Div: TensorPrimitives.Divide<double>(x, y, d); return;
            }
        }

        var rank = r.Dims.Length;
        var sa = BroadcastStrides(a.Dims, r.Dims);
        var sb = BroadcastStrides(b.Dims, r.Dims);
        var idx = new int[rank];
        int oa = 0, ob = 0;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = Apply(op, x[oa], y[ob]);
            for (var k = rank - 1; k >= 0; k--)
            {
                idx[k]++;
                oa += sa[k];
                ob += sb[k];
                if (idx[k] < r.Dims[k])
                {
                    break;
                }

                oa -= sa[k] * idx[k];
                ob -= sb[k] * idx[k];
                idx[k] = 0;
            }
        }
    }

    private static int[] BroadcastStrides(int[] dims, int[] outDims)
    {
        var st = new int[outDims.Length];
        var lead = outDims.Length - dims.Length;
        var s = 1;
        for (var i = dims.Length - 1; i >= 0; i--)
        {
            st[lead + i] = dims[i] == 1 ? 0 : s;
            s *= dims[i];
        }

        return st;
    }

    private static double Apply(BinaryOp op, double u, double v) => op switch
    {
        BinaryOp.Add => u + v,
        BinaryOp.Sub => u - v,
        BinaryOp.Mul => u * v,
        BinaryOp.Div => u / v,
        BinaryOp.Max => double.IsNaN(u) || u >= v ? u : v,
        BinaryOp.Min => double.IsNaN(u) || u <= v ? u : v,
        BinaryOp.Eq => u == v ? 1 : 0,
        BinaryOp.Ne => u != v ? 1 : 0,
        BinaryOp.Gt => u > v ? 1 : 0,
        BinaryOp.Ge => u >= v ? 1 : 0,
        BinaryOp.Lt => u < v ? 1 : 0,
        _ => u <= v ? 1 : 0,
    };

    /// <summary>float64 element-wise function with a backward written in tensor ops (so it is differentiable again).</summary>
    private Tensor UnaryF64(string name, Func<double, double> f, Func<Tensor, Tensor, Tensor, Tensor> backward)
    {
        var r = EmptyOf(Dims, ScalarType.Float64);
        var s = Span64;
        var d = r.Span64;
        for (var i = 0; i < s.Length; i++)
        {
            d[i] = f(s[i]);
        }

        if (!Engine.NeedsGrad(this))
        {
            return r;
        }

        var x = this;
        return Engine.Record(r, name, g => Engine.Accumulate(x, backward(g, x, r)), x);
    }

    /// <summary>Applies <paramref name="f"/> to each float64 element without recording (backward masks).</summary>
    internal static Tensor MapF64(Tensor x, Func<double, double> f)
    {
        var r = EmptyOf(x.Dims, ScalarType.Float64);
        var s = x.Span64;
        var d = r.Span64;
        for (var i = 0; i < s.Length; i++)
        {
            d[i] = f(s[i]);
        }

        return r;
    }

    private Tensor ExpF64() => UnaryF64("ExpBackward", Math.Exp, (g, x, y) => g * y);

    private Tensor LogF64() => UnaryF64("LogBackward", Math.Log, (g, x, y) => g / x);

    private Tensor SqrtF64() => UnaryF64("SqrtBackward", Math.Sqrt, (g, x, y) => g / AffineF64(y, 2, 0));

    private Tensor AbsF64() => UnaryF64("AbsBackward", Math.Abs, (g, x, y) => g * MapF64(x, v => Math.Sign(v)));

    private Tensor SquareF64() => UnaryF64("SquareBackward", v => v * v, (g, x, y) => g * AffineF64(x, 2, 0));

    private Tensor PowF64(double p) => UnaryF64("PowBackward", v => Math.Pow(v, p), (g, x, y) => g * AffineF64(x.PowF64(p - 1), p, 0));

    private Tensor TanhF64() => UnaryF64("TanhBackward", Math.Tanh, (g, x, y) => g * MapF64(y, t => 1 - (t * t)));

    private Tensor SigmoidF64() => UnaryF64("SigmoidBackward", v => 1 / (1 + Math.Exp(-v)), (g, x, y) => g * MapF64(y, s => s * (1 - s)));

    private Tensor LeakyReluF64(double slope, string name) => UnaryF64(name, v => v > 0 ? v : slope * v, (g, x, y) => g * MapF64(x, v => v > 0 ? 1 : slope));

    private Tensor GeluF64() => UnaryF64(
        "GeluBackward",
        v => v * 0.5 * (1.0 + Erf(v / Math.Sqrt(2.0))),
        (g, x, y) => g * MapF64(x, v => (0.5 * (1.0 + Erf(v / Math.Sqrt(2.0)))) + (v * Math.Exp(-0.5 * v * v) / Math.Sqrt(2.0 * Math.PI))));

    private Tensor ClampF64(double lo, double hi) => UnaryF64("ClampBackward", v => Math.Min(Math.Max(v, lo), hi), (g, x, y) => g * MapF64(x, v => v >= lo && v <= hi ? 1 : 0));

    /// <summary>float64 sum of every element.</summary>
    private Tensor SumAllF64()
    {
        var r = FromDoubles([TensorPrimitives.Sum<double>(Span64)], []);
        var x = this;
        return Engine.Record(r, "SumBackward", g =>
        {
            var gx = EmptyOf(x.Dims, ScalarType.Float64);
            gx.Span64.Fill(g.Span64[0]);
            Engine.AccumulateOwned(x, gx);
        }, x);
    }

    /// <summary>float64 sum along one axis: dst[o, i] = Σ_k x[o, k, i].</summary>
    private static void SumAxisF64(ReadOnlySpan<double> x, Span<double> dst, int outer, int n, int inner)
    {
        dst.Clear();
        for (var o = 0; o < outer; o++)
        {
            var d = dst.Slice(o * inner, inner);
            for (var k = 0; k < n; k++)
            {
                TensorPrimitives.Add<double>(d, x.Slice(((o * n) + k) * inner, inner), d);
            }
        }
    }

    /// <summary>float64 g (keptDims) broadcast to dims, times scale.</summary>
    private static Tensor ExpandToF64(Tensor g, int[] dims, double scale)
    {
        var r = EmptyOf(dims, ScalarType.Float64);
        BroadcastF64(BinaryOp.Mul, g, FromDoubles([scale], []), r);
        return r;
    }

    /// <summary>float64 C = A·B per batch item (naive i-k-j loops; the float64 path is for correctness, not speed).</summary>
    private static void GemmF64(ReadOnlySpan<double> a, int lda0, int lda1, ReadOnlySpan<double> b, int ldb0, int ldb1, Span<double> c, int m, int n, int k, bool accumulate)
    {
        if (!accumulate)
        {
            c[..(m * n)].Clear();
        }

        for (var i = 0; i < m; i++)
        {
            var row = c.Slice(i * n, n);
            for (var p = 0; p < k; p++)
            {
                var av = a[(i * lda0) + (p * lda1)];
                if (av == 0)
                {
                    continue;
                }

                if (ldb1 == 1)
                {
                    TensorPrimitives.MultiplyAdd<double>(b.Slice(p * ldb0, n), av, row, row);
                }
                else
                {
                    for (var j = 0; j < n; j++)
                    {
                        row[j] += av * b[(p * ldb0) + (j * ldb1)];
                    }
                }
            }
        }
    }

    private static Tensor BatchedProductF64(Tensor a, Tensor b, int m, int batch, int[] outDims)
    {
        var k = a.Dims[^1];
        var n = b.Dims[^1];
        var bShared = b.Dims.Length == 2;
        var r = EmptyOf(outDims, ScalarType.Float64);
        for (var bt = 0; bt < batch; bt++)
        {
            GemmF64(a.Span64.Slice(bt * m * k), k, 1, b.Span64.Slice(bShared ? 0 : bt * k * n), n, 1, r.Span64.Slice(bt * m * n, m * n), m, n, k, false);
        }

        return Engine.Record(
            r,
            "MmBackward",
            g =>
            {
                if (a.RequiresGradFlag)
                {
                    var ga = EmptyOf(a.Dims, ScalarType.Float64);
                    for (var bt = 0; bt < batch; bt++)
                    {
                        GemmF64(g.Span64.Slice(bt * m * n), n, 1, b.Span64.Slice(bShared ? 0 : bt * k * n), 1, n, ga.Span64.Slice(bt * m * k, m * k), m, k, n, false);
                    }

                    Engine.AccumulateOwned(a, ga);
                }

                if (b.RequiresGradFlag)
                {
                    var gb = EmptyOf(b.Dims, ScalarType.Float64);
                    for (var bt = 0; bt < batch; bt++)
                    {
                        GemmF64(a.Span64.Slice(bt * m * k), 1, k, g.Span64.Slice(bt * m * n), n, 1, gb.Span64.Slice(bShared ? 0 : bt * k * n, k * n), k, n, m, true);
                    }

                    Engine.AccumulateOwned(b, gb);
                }
            },
            a,
            b);
    }

    /// <summary>float64 strided slice along one axis, with backward.</summary>
    private Tensor SliceF64(int ax, int s, int count, int step, int[] dims)
    {
        var n = Dims[ax];
        var (outer, _, inner) = ReduceKernel.Split(Dims, ax);
        var r = EmptyOf(dims, ScalarType.Float64);
        for (var o = 0; o < outer; o++)
        {
            for (var k = 0; k < count; k++)
            {
                Span64.Slice(((o * n) + s + (k * step)) * inner, inner).CopyTo(r.Span64.Slice(((o * count) + k) * inner, inner));
            }
        }

        var x = this;
        return Engine.Record(
            r,
            "SliceBackward",
            g =>
            {
                var gx = EmptyOf(x.Dims, ScalarType.Float64);
                for (var o = 0; o < outer; o++)
                {
                    for (var k = 0; k < count; k++)
                    {
                        g.Span64.Slice(((o * count) + k) * inner, inner).CopyTo(gx.Span64.Slice(((o * n) + s + (k * step)) * inner, inner));
                    }
                }

                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    /// <summary>float64 max/min along an axis, with int64 indices (as the float32 path).</summary>
    private (Tensor Values, Tensor Indexes) ExtremeF64(int ax, int[] outDims, bool min)
    {
        var (outer, n, inner) = ReduceKernel.Split(Dims, ax);
        var values = new double[outer * inner];
        var idx = new int[outer * inner];
        var x = Span64;
        for (var o = 0; o < outer; o++)
        {
            for (var i = 0; i < inner; i++)
            {
                var baseIdx = (o * n * inner) + i;
                var best = x[baseIdx];
                var bi = 0;
                for (var k = 1; k < n && !double.IsNaN(best); k++)
                {
                    var v = x[baseIdx + (k * inner)];
                    if (double.IsNaN(v) || (min ? v < best : v > best))
                    {
                        best = v;
                        bi = k;
                    }
                }

                values[(o * inner) + i] = best;
                idx[(o * inner) + i] = bi;
            }
        }

        var r = FromDoubles(values, outDims);
        var self = this;
        Engine.Record(
            r,
            min ? "MinBackward" : "MaxBackward",
            g =>
            {
                var gx = EmptyOf(self.Dims, ScalarType.Float64);
                var gs = gx.Span64;
                var gg = g.Span64;
                for (var o = 0; o < outer; o++)
                {
                    for (var i = 0; i < inner; i++)
                    {
                        gs[(((o * n) + idx[(o * inner) + i]) * inner) + i] = gg[(o * inner) + i];
                    }
                }

                Engine.AccumulateOwned(self, gx);
            },
            self);
        return (r, Indices(idx, outDims));
    }

    /// <summary>float64 constant padding of the last dimension.</summary>
    private Tensor PadLastF64(int left, int right, double value)
    {
        var l = Dims[^1];
        var dims = (int[])Dims.Clone();
        dims[^1] = l + left + right;
        var rows = l == 0 ? 0 : NumelInt / l;
        var r = EmptyOf(dims, ScalarType.Float64);
        r.Span64.Fill(value);
        for (var row = 0; row < rows; row++)
        {
            Span64.Slice(row * l, l).CopyTo(r.Span64.Slice((row * dims[^1]) + left, l));
        }

        var x = this;
        return Engine.Record(r, "ConstantPadNdBackward", g => Engine.Accumulate(x, g.slice(-1, left, left + l)), x);
    }

    /// <summary>float64 gather from precomputed source offsets, with scatter-add backward.</summary>
    private Tensor GatherF64(int[] src, int[] dims)
    {
        var r = EmptyOf(dims, ScalarType.Float64);
        var d = r.Span64;
        var s = Span64;
        for (var t = 0; t < src.Length; t++)
        {
            d[t] = s[src[t]];
        }

        var x = this;
        return Engine.Record(
            r,
            "GatherBackward",
            g =>
            {
                var gx = EmptyOf(x.Dims, ScalarType.Float64);
                var gs = gx.Span64;
                var gg = g.Span64;
                for (var t = 0; t < src.Length; t++)
                {
                    gs[src[t]] += gg[t];
                }

                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    /// <summary>Reads an index tensor (int64, or float32/float64 holding whole numbers) at a flat position.</summary>
    internal static long IndexAt(Tensor index, int at) => index.DType switch
    {
        ScalarType.Int64 => index.L64![at],
        ScalarType.Float64 => (long)index.D64![at],
        _ => (long)index.Data[at],
    };
}
