// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Memory;

namespace MedNet.Tensors;

/// <summary>
/// A tensor (float32, float64 or int64; see <see cref="ScalarType"/>) with contiguous row-major storage and an optional
/// autograd record, shaped like <c>torch.Tensor</c>.
/// </summary>
/// <remarks>
/// Differs from PyTorch: storage is always contiguous; <c>reshape</c>/<c>view</c> share storage, while <c>permute</c>,
/// <c>transpose</c> and slicing copy. float32 is the default and has every kernel; float64 covers the ops listed in
/// docs/from-pytorch.md and throws a named <see cref="NotSupportedException"/> elsewhere; int64 holds indices and class
/// targets. Comparisons return float 0/1 masks.
/// </remarks>
[Display.TypeFormatterSource(typeof(Display.TensorFormatterSource))]
public sealed partial class Tensor
{
    /// <summary>A tensor over a caller-owned array (never a pooled one: views of pooled storage use <see cref="ShareStorage"/>).</summary>
    internal Tensor(float[] data, int[] dims)
        : this(data, dims, null, new VersionCounter())
    {
        if (data.Length >= TensorPool.MinLength && TensorPool.IsRented(data))
        {
            throw new InvalidOperationException("Tensor: expected a caller-owned array but got one lent by the tensor pool; share another tensor's storage with ShareStorage so the pool sees the view.");
        }
    }

    private Tensor(float[] data, int[] dims, PooledStorage? owner, VersionCounter versions)
    {
        _data = data;
        Dims = dims;
        Owner = owner;
        Versions = versions;
        NumelInt = Shape.Numel(dims);
        if (data.Length < NumelInt)
        {
            throw new ArgumentException($"Tensor: expected storage of at least {NumelInt} floats for shape {Shape.Format(dims)} but got {data.Length}.");
        }

        OnCreated();
    }

    /// <summary>Owner of pooled storage (null for caller-owned arrays); views hold it so the array outlives them.</summary>
    internal PooledStorage? Owner { get; private set; }

    /// <summary>Backing float32 storage, row-major; may be longer than <see cref="NumelInt"/>. Throws for other dtypes (no silent
    /// float32 computation) and after disposal (a named <see cref="ObjectDisposedException"/>, Tensor.Dispose.cs).</summary>
    internal float[] Data => DType == ScalarType.Float32 ? (_data ?? Disposed<float[]>()) : NotFloat32<float[]>();

    /// <summary>Sizes per dimension.</summary>
    internal int[] Dims { get; }

    /// <summary>Number of elements.</summary>
    internal int NumelInt { get; }

    /// <summary>The elements as a span of length numel.</summary>
    internal Span<float> Span => DType == ScalarType.Float32 ? (_data ?? Disposed<float[]>()).AsSpan(0, NumelInt) : NotFloat32<float[]>();

    internal Node? GradFn { get; set; }

    internal bool RequiresGradFlag { get; set; }

    internal Tensor? PendingGrad { get; set; }

    internal bool PendingGradOwned { get; set; }

    internal int VisitEpoch { get; set; }

    internal bool RetainsGrad { get; private set; }

    internal List<Func<Tensor, Tensor?>>? Hooks { get; private set; }

    /// <summary>Sizes per dimension, like <c>tensor.shape</c>.</summary>
    public long[] shape
    {
        get
        {
            var s = new long[Dims.Length];
            for (var i = 0; i < s.Length; i++)
            {
                s[i] = Dims[i];
            }

            return s;
        }
    }

    /// <summary>The element type, like <c>tensor.dtype</c>.</summary>
    public ScalarType dtype => DType;

    /// <summary>Whether gradients flow to this tensor. Setting it is allowed only on leaves.</summary>
    public bool requires_grad
    {
        get => RequiresGradFlag;
        set
        {
            if (value && DType == ScalarType.Int64)
            {
                throw new InvalidOperationException("requires_grad: only floating-point tensors can require gradients, but this tensor is int64 (as PyTorch). Convert it with to(torch.float64) or @float() first.");
            }

            if (GradFn is not null && !value)
            {
                throw new InvalidOperationException("requires_grad: expected a leaf tensor but got one produced by an operation. Use detach() instead.");
            }

            RequiresGradFlag = value;
        }
    }

    /// <summary>True for tensors not produced by a recorded operation.</summary>
    public bool is_leaf => GradFn is null;

    /// <summary>Name of the operation that produced this tensor, or null for a leaf (like <c>grad_fn</c>).</summary>
    public string? grad_fn => GradFn?.Name;

    /// <summary>Number of dimensions.</summary>
    /// <returns>The rank.</returns>
    public int dim() => Dims.Length;

    /// <summary>Number of elements.</summary>
    /// <returns>The product of the sizes.</returns>
    public long numel() => NumelInt;

    /// <summary>Size of one dimension.</summary>
    /// <param name="dim">Dimension, negative counts from the end.</param>
    /// <returns>The size.</returns>
    public long size(int dim) => Dims[Shape.NormalizeDim(dim, Dims.Length, "size")];

    /// <summary>The value of a one-element tensor.</summary>
    /// <returns>The single element.</returns>
    public float item()
    {
        if (NumelInt != 1)
        {
            throw new InvalidOperationException($"item: expected a tensor with one element but got shape {Shape.Format(Dims)}.");
        }

        return DType switch
        {
            ScalarType.Float64 => (float)D64![0],
            ScalarType.Int64 => L64![0],
            _ => Data[0],
        };
    }

    /// <summary>Copies the elements into a new array, row-major.</summary>
    /// <returns>The elements.</returns>
    public float[] ToArray() => Span.ToArray();

    /// <summary>Read-only view of the elements, row-major, like <c>tensor.data&lt;float&gt;()</c> in TorchSharp.</summary>
    /// <returns>The elements.</returns>
    /// <remarks>The span may outlive this tensor, so its storage leaves the tensor pool and is left to the GC.</remarks>
    public ReadOnlySpan<float> data()
    {
        Owner?.Escape();
        return Span;
    }

    /// <summary>Read-only view of the elements as <typeparamref name="T"/> (float, double or long), like TorchSharp's <c>data&lt;T&gt;()</c>.</summary>
    /// <typeparam name="T">The element type of this tensor's dtype.</typeparam>
    /// <returns>The elements, row-major.</returns>
    /// <exception cref="InvalidOperationException">T does not match the dtype.</exception>
    public ReadOnlySpan<T> data<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(float) && DType == ScalarType.Float32)
        {
            Owner?.Escape();
            return System.Runtime.InteropServices.MemoryMarshal.Cast<float, T>(Span);
        }

        if (typeof(T) == typeof(double) && DType == ScalarType.Float64)
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<double, T>(Span64);
        }

        if (typeof(T) == typeof(long) && DType == ScalarType.Int64)
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<long, T>(SpanI64);
        }

        throw new InvalidOperationException($"data<{typeof(T).Name}>: the tensor is {DType}; read it with data<{DTypes.ElementName(DType)}>() or convert it with to(dtype).");
    }

    /// <summary>Sets <see cref="requires_grad"/> and returns this tensor.</summary>
    /// <param name="requires_grad">Whether to track gradients. Default: true.</param>
    /// <returns>This tensor.</returns>
    public Tensor requires_grad_(bool requires_grad = true)
    {
        this.requires_grad = requires_grad;
        return this;
    }

    /// <summary>Keeps the gradient of a non-leaf tensor in <see cref="grad"/> after backward.</summary>
    /// <returns>This tensor.</returns>
    public Tensor retain_grad()
    {
        RetainsGrad = true;
        return this;
    }

    /// <summary>Registers a hook called with this tensor's gradient during backward; it may return a replacement or null.</summary>
    /// <param name="hook">Receives the gradient (same shape as this tensor).</param>
    /// <returns>This tensor.</returns>
    public Tensor register_hook(Func<Tensor, Tensor?> hook)
    {
        (Hooks ??= []).Add(hook);
        return this;
    }

    /// <summary>Back-propagates from this tensor, accumulating into the <see cref="grad"/> of leaves.</summary>
    /// <param name="gradient">Gradient with respect to this tensor; default: 1 for a scalar.</param>
    /// <param name="retain_graph">Keep the tape for another backward. Default: false.</param>
    public void backward(Tensor? gradient = null, bool retain_graph = false) => Engine.Backward(this, gradient, retain_graph);

    /// <summary>A tensor sharing this storage but cut from the tape.</summary>
    /// <returns>A leaf with requires_grad = false.</returns>
    public Tensor detach() => ShareStorage(Dims);

    /// <summary>A copy of the elements (differentiable).</summary>
    /// <returns>A new tensor.</returns>
    public Tensor clone()
    {
        var r = CloneData();
        return Engine.Record(r, "CloneBackward", g => Engine.Accumulate(this, g), this);
    }

    /// <summary>Returns this tensor: storage is always contiguous.</summary>
    /// <returns>This tensor.</returns>
    public Tensor contiguous() => this;

    /// <summary>Copy of the data only, never recorded.</summary>
    internal Tensor CloneData()
    {
        if (DType != ScalarType.Float32)
        {
            var c = EmptyOf(Dims, DType);
            if (DType == ScalarType.Float64)
            {
                Span64.CopyTo(c.Span64);
            }
            else
            {
                SpanI64.CopyTo(c.SpanI64);
            }

            return c;
        }

        var r = Empty(Dims);
        Kernels.Elementwise.Copy(Span, r.Span);
        return r;
    }

    /// <summary>A new tensor (not recorded) over this tensor's storage with other sizes of the same or smaller numel.</summary>
    /// <remarks>The new tensor shares this one's version counter too, so an in-place write through either is seen by both (PyTorch's views).</remarks>
    internal Tensor ShareStorage(int[] dims) => DType switch
    {
        ScalarType.Float32 => new(Data, dims, Owner, Versions),
        ScalarType.Float64 => new(D64!, dims, Versions),
        _ => new(L64!, dims, Versions),
    };

    internal static Tensor OnesLike(Tensor t)
    {
        if (t.DType == ScalarType.Float64)
        {
            var d = EmptyOf(t.Dims, ScalarType.Float64);
            d.Span64.Fill(1.0);
            return d;
        }

        var r = Empty(t.Dims);
        r.Span.Fill(1f);
        return r;
    }

    /// <summary>Uninitialised storage: the central allocation point; large tensors draw on <see cref="TensorPool"/>.</summary>
    internal static Tensor Empty(int[] dims)
    {
        var n = Math.Max(Shape.Numel(dims), 0);
        if (n < TensorPool.MinLength)
        {
            return new(GC.AllocateUninitializedArray<float>(n), dims, null, new VersionCounter());
        }

        var array = TensorPool.Rent(n);
        return new(array, dims, new PooledStorage(array), new VersionCounter());
    }

    internal static Tensor Zeros(int[] dims)
    {
        var n = Shape.Numel(dims);
        if (n < TensorPool.MinLength)
        {
            return new(new float[n], dims, null, new VersionCounter());
        }

        var r = Empty(dims);
        r.Span.Clear();
        return r;
    }

    internal static Tensor Scalar(float value) => new([value], []);

    internal void AccumulateLeafGrad(Tensor g, bool owned)
    {
        if (_grad is null)
        {
            // The leaf keeps its gradient beyond the dispose scope of the backward that made it (Tensor.Dispose.cs); the
            // buffer's own handle is the engine's and ends here, so disposing the .grad can return the storage.
            var buffer = owned ? g : g.CloneData();
            SetGradFromBackward(buffer.ShareStorage(Dims).DetachFromDisposeScope());
            buffer.Dispose();
        }
        else if (_grad.DType == ScalarType.Float64)
        {
            TensorPrimitives.Add<double>(_grad.Span64, g.Span64, _grad.Span64);
        }
        else
        {
            TensorPrimitives.Add(_grad.Span, g.Span, _grad.Span);
        }
    }

    /// <summary>Writes shape and a preview, like PyTorch's repr.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Display.TensorText.Describe(this);
}
