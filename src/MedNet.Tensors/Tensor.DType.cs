// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors;

/// <summary>float64 and int64 storage, and conversion between dtypes (<c>to</c>, <c>double()</c>, <c>float()</c>, <c>long()</c>).</summary>
/// <remarks>float64 and int64 storage is a plain GC array: the tensor pool (src/MedNet.Tensors/Memory) lends float32 arrays only.</remarks>
public sealed partial class Tensor
{
    private Tensor(double[] data, int[] dims, VersionCounter versions)
    {
        _data = [];
        D64 = data;
        DType = ScalarType.Float64;
        Dims = dims;
        Versions = versions;
        NumelInt = Shape.Numel(dims);
        if (data.Length < NumelInt)
        {
            throw new ArgumentException($"Tensor: expected storage of at least {NumelInt} doubles for shape {Shape.Format(dims)} but got {data.Length}.");
        }
    }

    private Tensor(long[] data, int[] dims, VersionCounter versions)
    {
        _data = [];
        L64 = data;
        DType = ScalarType.Int64;
        Dims = dims;
        Versions = versions;
        NumelInt = Shape.Numel(dims);
        if (data.Length < NumelInt)
        {
            throw new ArgumentException($"Tensor: expected storage of at least {NumelInt} int64 values for shape {Shape.Format(dims)} but got {data.Length}.");
        }
    }

    /// <summary>The element type (Float32 unless built by a float64/int64 constructor).</summary>
    internal ScalarType DType { get; private set; }

    /// <summary>float64 storage, or null.</summary>
    internal double[]? D64 { get; private set; }

    /// <summary>int64 storage, or null.</summary>
    internal long[]? L64 { get; private set; }

    /// <summary>The float64 elements as a span of length numel.</summary>
    internal Span<double> Span64 => D64 is { } d ? d.AsSpan(0, NumelInt) : throw WrongStorage(ScalarType.Float64);

    /// <summary>The int64 elements as a span of length numel.</summary>
    internal Span<long> SpanI64 => L64 is { } d ? d.AsSpan(0, NumelInt) : throw WrongStorage(ScalarType.Int64);

    /// <summary>True for float64 tensors (the float64 branch of an op).</summary>
    internal bool IsF64 => DType == ScalarType.Float64;

    /// <summary>True for float32 and float64 tensors, like <c>is_floating_point()</c>.</summary>
    /// <returns>Whether the dtype is a float.</returns>
    public bool is_floating_point() => DType != ScalarType.Int64;

    /// <summary>Bytes per element, like <c>element_size()</c>.</summary>
    /// <returns>4 or 8.</returns>
    public long element_size() => DType == ScalarType.Float32 ? 4 : 8;

    /// <summary>Converts to <paramref name="dtype"/>, like <c>tensor.to(dtype)</c>: this tensor when it already has that dtype, else a copy (differentiable between float dtypes).</summary>
    /// <param name="dtype">Target dtype.</param>
    /// <returns>A tensor of that dtype.</returns>
    /// <remarks>float → int64 truncates toward zero, as PyTorch; the result of a conversion to int64 never requires grad.</remarks>
    public Tensor to(ScalarType dtype)
    {
        if (dtype == DType)
        {
            return this;
        }

        var r = ConvertData(dtype);
        if (dtype == ScalarType.Int64 || !Engine.NeedsGrad(this))
        {
            return r;
        }

        var x = this;
        return Engine.Record(r, "ToCopyBackward", g => Engine.AccumulateOwned(x, g.ConvertData(x.DType)), x);
    }

    /// <summary>Converts to float64, like <c>tensor.double()</c>.</summary>
    /// <returns>A float64 tensor.</returns>
    public Tensor @double() => to(ScalarType.Float64);

    /// <summary>Converts to float32, like <c>tensor.float()</c>.</summary>
    /// <returns>A float32 tensor.</returns>
    public Tensor @float() => to(ScalarType.Float32);

    /// <summary>Converts to int64 (truncating toward zero), like <c>tensor.long()</c>.</summary>
    /// <returns>An int64 tensor.</returns>
    public Tensor @long() => to(ScalarType.Int64);

    /// <summary>Converts to the dtype of <paramref name="other"/>, like <c>type_as</c>.</summary>
    /// <param name="other">Tensor whose dtype to take.</param>
    /// <returns>A tensor of that dtype.</returns>
    public Tensor type_as(Tensor other) => to(other.DType);

    /// <summary>Copies the elements into a new array of <typeparamref name="T"/> (float, double or long) matching the dtype.</summary>
    /// <typeparam name="T">The element type of this tensor's dtype.</typeparam>
    /// <returns>The elements, row-major.</returns>
    public T[] ToArray<T>()
        where T : unmanaged => data<T>().ToArray();

    /// <summary>
    /// Converts this tensor's storage in place to <paramref name="dtype"/> (what <c>Module.to(dtype)</c> does to
    /// parameters and buffers, like PyTorch's <c>param.data = param.data.to(dtype)</c>); the gradient is converted too.
    /// </summary>
    /// <remarks>Views made earlier keep the old storage. The version counter is bumped.</remarks>
    internal void ConvertInPlace(ScalarType dtype)
    {
        if (dtype == DType)
        {
            return;
        }

        if (dtype == ScalarType.Int64 && RequiresGradFlag)
        {
            throw new InvalidOperationException($"to(int64): a tensor {Shape.Format(Dims)} that requires grad cannot become int64 (only floating-point tensors require gradients).");
        }

        var converted = ConvertData(dtype);
        var oldGrad = grad;
        var oldOwner = Owner;
        _data = converted._data;
        D64 = converted.D64;
        L64 = converted.L64;
        Owner = converted.Owner; // this tensor takes over the handle `converted` counted on the new storage
        oldOwner?.ReleaseHandle(); // and gives up its handle on the old one (views made earlier keep theirs)
        DType = dtype;
        Versions.Value++;
        grad = oldGrad?.ConvertData(dtype);
    }

    /// <summary>The value of a one-element tensor as <typeparamref name="T"/> (float, double or long, matching the dtype), like TorchSharp's <c>item&lt;T&gt;()</c>.</summary>
    /// <typeparam name="T">The element type of this tensor's dtype.</typeparam>
    /// <returns>The single element, without rounding.</returns>
    public T item<T>()
        where T : unmanaged
    {
        if (NumelInt != 1)
        {
            throw new InvalidOperationException($"item: expected a tensor with one element but got shape {Shape.Format(Dims)}.");
        }

        return data<T>()[0];
    }

    /// <summary>A copy of the data in another dtype, never recorded.</summary>
    internal Tensor ConvertData(ScalarType dtype)
    {
        if (dtype == DType)
        {
            return CloneData();
        }

        var r = EmptyOf(Dims, dtype);
        var n = NumelInt;
        switch (DType, dtype)
        {
            case (ScalarType.Float32, ScalarType.Float64):
                {
                    var s = Span;
                    var d = r.Span64;
                    for (var i = 0; i < n; i++)
                    {
                        d[i] = s[i];
                    }

                    break;
                }

            case (ScalarType.Float64, ScalarType.Float32):
                System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(Span64, r.Span);
                break;
            case (ScalarType.Float32, ScalarType.Int64):
                {
                    var s = Span;
                    var d = r.SpanI64;
                    for (var i = 0; i < n; i++)
                    {
                        d[i] = CheckedLong(s[i]);
                    }

                    break;
                }

            case (ScalarType.Float64, ScalarType.Int64):
                {
                    var s = Span64;
                    var d = r.SpanI64;
                    for (var i = 0; i < n; i++)
                    {
                        d[i] = CheckedLong(s[i]);
                    }

                    break;
                }

            case (ScalarType.Int64, ScalarType.Float32):
                {
                    var s = SpanI64;
                    var d = r.Span;
                    for (var i = 0; i < n; i++)
                    {
                        d[i] = s[i];
                    }

                    break;
                }

            default:
                {
                    var s = SpanI64;
                    var d = r.Span64;
                    for (var i = 0; i < n; i++)
                    {
                        d[i] = s[i];
                    }

                    break;
                }
        }

        return r;
    }

    /// <summary>Uninitialised (float32: maybe pooled; float64/int64: zeroed GC array) storage of a dtype.</summary>
    internal static Tensor EmptyOf(int[] dims, ScalarType dtype) => dtype switch
    {
        ScalarType.Float32 => Empty(dims),
        ScalarType.Float64 => new(new double[Math.Max(Shape.Numel(dims), 0)], dims, new VersionCounter()),
        _ => new(new long[Math.Max(Shape.Numel(dims), 0)], dims, new VersionCounter()),
    };

    /// <summary>Zeros of a dtype.</summary>
    internal static Tensor ZerosOf(int[] dims, ScalarType dtype) => dtype == ScalarType.Float32 ? Zeros(dims) : EmptyOf(dims, dtype);

    /// <summary>A float64 tensor over a caller-owned array.</summary>
    internal static Tensor FromDoubles(double[] data, int[] dims) => new(data, dims, new VersionCounter());

    /// <summary>An int64 tensor over a caller-owned array.</summary>
    internal static Tensor FromLongs(long[] data, int[] dims) => new(data, dims, new VersionCounter());

    /// <summary>A one-element tensor of a dtype.</summary>
    internal static Tensor ScalarOf(double value, ScalarType dtype) => dtype == ScalarType.Float64 ? FromDoubles([value], []) : Scalar((float)value);

    private static long CheckedLong(double v) => double.IsFinite(v)
        ? (long)v
        : throw new InvalidOperationException($"to(int64): expected finite values but got {v}; NaN and infinities have no int64 value.");

    /// <summary>Throws <see cref="DTypes.NoKernel"/>; out of line so the float32 getters stay a field test and a load.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private T NotFloat32<T>() => throw DTypes.NoKernel(this);

    private InvalidOperationException WrongStorage(ScalarType wanted) =>
        new($"Tensor: expected a {wanted} tensor but got {DType} {Shape.Format(Dims)}. This is a bug in the op that took its {wanted} branch.");
}
