// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;
using MedNet.Tensors.Random;

namespace MedNet.Tensors;

/// <summary>The entry point shaped like PyTorch's <c>torch</c> module: factories, seeding, grad mode and threads.</summary>
public static partial class torch
{
    /// <summary>The generator used when no other is given; reseed it with <see cref="manual_seed"/>.</summary>
    public static Generator default_generator { get; } = new();

    /// <summary>Seeds <see cref="default_generator"/>.</summary>
    /// <param name="seed">Seed.</param>
    /// <returns>The default generator.</returns>
    public static Generator manual_seed(long seed) => default_generator.manual_seed(unchecked((ulong)seed));

    /// <summary>A scope in which operations are not recorded: <c>using (torch.no_grad()) { … }</c>.</summary>
    /// <returns>Dispose to restore the previous mode.</returns>
    public static NoGradScope no_grad() => new(false);

    /// <summary>A scope in which operations are recorded even inside <see cref="no_grad"/>.</summary>
    /// <returns>Dispose to restore the previous mode.</returns>
    public static NoGradScope enable_grad() => new(true);

    /// <summary>Whether operations are being recorded on this thread.</summary>
    /// <returns>True when grad mode is on.</returns>
    public static bool is_grad_enabled() => GradMode.IsEnabled;

    /// <summary>Sets the number of threads kernels use. Default: MEDNET_THREADS or the processor count.</summary>
    /// <param name="num">Threads, ≥ 1.</param>
    public static void set_num_threads(int num) => Threading.Threads = num;

    /// <summary>The number of threads kernels use.</summary>
    /// <returns>Threads, ≥ 1.</returns>
    public static int get_num_threads() => Threading.Threads;

    /// <summary>A tensor from values (copied) and a shape.</summary>
    /// <param name="data">Values, row-major.</param>
    /// <param name="shape">Sizes; default: 1-D of data's length.</param>
    /// <param name="requires_grad">Track gradients. Default: false.</param>
    /// <returns>A new leaf tensor.</returns>
    public static Tensor tensor(float[] data, long[]? shape = null, bool requires_grad = false)
    {
        var dims = shape is null ? [data.Length] : ToDims(shape);
        if (Shape.Numel(dims) != data.Length)
        {
            throw new ArgumentException($"tensor: expected {Shape.Numel(dims)} values for shape {Shape.Format(dims)} but got {data.Length}.", nameof(data));
        }

        return new Tensor((float[])data.Clone(), dims) { RequiresGradFlag = requires_grad };
    }

    /// <summary>A one-element, zero-dimensional tensor.</summary>
    /// <param name="value">The value.</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor tensor(float value) => Tensor.Scalar(value);

    /// <summary>Zeros of the given shape.</summary>
    /// <param name="shape">Sizes.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor zeros(params long[] shape) => Tensor.Zeros(ToDims(shape));

    /// <summary>Uninitialised storage of the given shape (zeros in practice here).</summary>
    /// <param name="shape">Sizes.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor empty(params long[] shape) => Tensor.Zeros(ToDims(shape));

    /// <summary>Ones of the given shape.</summary>
    /// <param name="shape">Sizes.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor ones(params long[] shape) => Tensor.Filled(ToDims(shape), 1f);

    /// <summary>A tensor filled with <paramref name="value"/>.</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="value">Fill value.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor full(long[] shape, float value) => Tensor.Filled(ToDims(shape), value);

    /// <summary>Zeros shaped like <paramref name="t"/>.</summary>
    /// <param name="t">Template.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor zeros_like(Tensor t) => Tensor.ZerosOf(t.Dims, t.DType);

    /// <summary>Ones shaped like <paramref name="t"/>.</summary>
    /// <param name="t">Template.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor ones_like(Tensor t) => Tensor.OnesLike(t);

    /// <summary>Values start, start+step, … below end.</summary>
    /// <param name="start">First value.</param>
    /// <param name="end">Exclusive end.</param>
    /// <param name="step">Step, non-zero. Default: 1.</param>
    /// <returns>A 1-D tensor.</returns>
    public static Tensor arange(float start, float end, float step = 1f)
    {
        var n = Math.Max(0, (int)Math.Ceiling((end - start) / step));
        var r = Tensor.Empty([n]);
        for (var i = 0; i < n; i++)
        {
            r.Data[i] = start + (i * step);
        }

        return r;
    }

    /// <summary>The n×n identity.</summary>
    /// <param name="n">Size.</param>
    /// <returns>A 2-D tensor.</returns>
    public static Tensor eye(long n)
    {
        var r = zeros(n, n);
        for (var i = 0; i < n; i++)
        {
            r.Data[(i * n) + i] = 1f;
        }

        return r;
    }

    /// <summary>Uniform samples in [0, 1) from the generator (24-bit floats, as PyTorch's CPU <c>rand</c>).</summary>
    /// <param name="shape">Sizes.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor rand(params long[] shape)
    {
        var r = Tensor.Empty(ToDims(shape));
        Init.Uniform(r.Span, 0f, 1f, default_generator);
        return r;
    }

    /// <summary>Standard normal samples from the generator (Box–Muller).</summary>
    /// <param name="shape">Sizes.</param>
    /// <returns>A new tensor.</returns>
    /// <remarks>Differs from PyTorch: the stream is not bit-identical to torch.randn for the same seed.</remarks>
    public static Tensor randn(params long[] shape)
    {
        var r = Tensor.Empty(ToDims(shape));
        Init.Normal(r.Span, 0f, 1f, default_generator);
        return r;
    }

    /// <summary>Standard normal samples shaped like <paramref name="t"/>.</summary>
    /// <param name="t">Template.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor randn_like(Tensor t) => t.DType == ScalarType.Float32 ? randn(t.shape) : randn(t.shape).to(t.DType);

    internal static int[] ToDims(long[] shape)
    {
        var dims = new int[shape.Length];
        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 0)
            {
                throw new ArgumentException($"tensor: expected non-negative sizes but got ({string.Join(", ", shape)}).", nameof(shape));
            }

            dims[i] = checked((int)shape[i]);
        }

        return dims;
    }
}
