// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Random;

namespace MedNet.Tensors;

/// <summary>
/// In-place updates, as PyTorch's trailing-underscore methods. They are not recorded by autograd, so, as PyTorch does for a
/// leaf and more strictly than PyTorch for other tensors, they refuse a tensor that requires grad while grad mode is on; each
/// bumps <see cref="_version"/>, and backward refuses to use an input that changed after an operation recorded it.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// How many times this tensor was modified in place (PyTorch's <c>_version</c>). An operation records its inputs' versions;
    /// backward throws if one changed since, instead of computing a wrong gradient.
    /// </summary>
    public long _version => Version;

    /// <summary>Version counter behind <see cref="_version"/>; tensors sharing storage share it.</summary>
    internal int Version => Versions.Value;

    /// <summary>The counter, shared with every tensor made by <see cref="ShareStorage"/> from this one.</summary>
    internal VersionCounter Versions { get; }

    /// <summary>Checks an in-place write is allowed and bumps the version.</summary>
    /// <param name="op">The method name, for the error.</param>
    private void PrepareInPlace(string op)
    {
        if (GradMode.IsEnabled && RequiresGradFlag)
        {
            throw new InvalidOperationException(GradFn is null
                ? $"{op}: a leaf tensor {Shape.Format(Dims)} that requires grad is being modified in place. Wrap the update in " +
                  "`using (torch.no_grad()) { … }` (as initialisers and optimisers do), or use the out-of-place form."
                : $"{op}: the tensor {Shape.Format(Dims)} is the output of {GradFn.Name} and part of the autograd graph; the kit does " +
                  "not record in-place operations, so the gradient would be wrong. Use the out-of-place form (e.g. y = y * 2), or " +
                  "detach() first if no gradient should flow.");
        }

        Versions.Value++;
    }
    /// <summary>Sets every element to zero.</summary>
    /// <returns>This tensor.</returns>
    public Tensor zero_()
    {
        PrepareInPlace("zero_");
        if (DType != ScalarType.Float32)
        {
            (IsF64 ? System.Runtime.InteropServices.MemoryMarshal.AsBytes(Span64) : System.Runtime.InteropServices.MemoryMarshal.AsBytes(SpanI64)).Clear();
            return this;
        }

        Span.Clear();
        return this;
    }

    /// <summary>Sets every element to <paramref name="value"/>.</summary>
    /// <param name="value">Fill value.</param>
    /// <returns>This tensor.</returns>
    public Tensor fill_(float value)
    {
        PrepareInPlace("fill_");
        if (DType != ScalarType.Float32)
        {
            if (IsF64)
            {
                Span64.Fill(value);
            }
            else
            {
                SpanI64.Fill((long)value);
            }

            return this;
        }

        Span.Fill(value);
        return this;
    }

    /// <summary>Copies the elements of <paramref name="src"/> (same number of elements).</summary>
    /// <param name="src">Source tensor.</param>
    /// <returns>This tensor.</returns>
    public Tensor copy_(Tensor src)
    {
        PrepareInPlace("copy_");
        if (src.NumelInt != NumelInt)
        {
            throw new ArgumentException($"copy_: expected {Shape.Format(Dims)} but got {Shape.Format(src.Dims)}.", nameof(src));
        }

        if (src.DType != DType)
        {
            // PyTorch's copy_ converts between dtypes.
            src = src.ConvertData(DType);
        }

        switch (DType)
        {
            case ScalarType.Float64:
                src.Span64.CopyTo(Span64);
                break;
            case ScalarType.Int64:
                src.SpanI64.CopyTo(SpanI64);
                break;
            default:
                src.Span.CopyTo(Span);
                break;
        }

        return this;
    }

    /// <summary>this += alpha · other (same shape).</summary>
    /// <param name="other">Tensor of this shape.</param>
    /// <param name="alpha">Multiplier. Default: 1.</param>
    /// <returns>This tensor.</returns>
    public Tensor add_(Tensor other, float alpha = 1f)
    {
        PrepareInPlace("add_");
        if (other.NumelInt != NumelInt)
        {
            throw new ArgumentException($"add_: expected {Shape.Format(Dims)} but got {Shape.Format(other.Dims)}.", nameof(other));
        }

        if (IsF64 || other.IsF64)
        {
            DTypes.RequireSame("add_", this, other, nameof(other));
            TensorPrimitives.MultiplyAdd<double>(other.Span64, alpha, Span64, Span64);
            return this;
        }

        TensorPrimitives.MultiplyAdd(other.Span, alpha, Span, Span);
        return this;
    }

    /// <summary>this *= value.</summary>
    /// <param name="value">Multiplier.</param>
    /// <returns>This tensor.</returns>
    public Tensor mul_(float value)
    {
        PrepareInPlace("mul_");
        if (IsF64)
        {
            TensorPrimitives.Multiply<double>(Span64, value, Span64);
            return this;
        }

        TensorPrimitives.Multiply(Span, value, Span);
        return this;
    }

    /// <summary>Fills with uniform samples in [from, to).</summary>
    /// <param name="from">Lower bound. Default: 0.</param>
    /// <param name="to">Upper bound. Default: 1.</param>
    /// <param name="generator">Generator; default: torch.default_generator.</param>
    /// <returns>This tensor.</returns>
    public Tensor uniform_(double from = 0, double to = 1, Generator? generator = null)
    {
        PrepareInPlace("uniform_");
        if (IsF64)
        {
            // float64 fills draw the float32 samples (same stream) and widen them.
            var f = new float[NumelInt];
            Init.Uniform(f, (float)from, (float)to, generator ?? torch.default_generator);
            new Tensor(f, Dims).ConvertData(ScalarType.Float64).Span64.CopyTo(Span64);
            return this;
        }

        Init.Uniform(Span, (float)from, (float)to, generator ?? torch.default_generator);
        return this;
    }

    /// <summary>Fills with normal samples.</summary>
    /// <param name="mean">Mean. Default: 0.</param>
    /// <param name="std">Standard deviation. Default: 1.</param>
    /// <param name="generator">Generator; default: torch.default_generator.</param>
    /// <returns>This tensor.</returns>
    public Tensor normal_(double mean = 0, double std = 1, Generator? generator = null)
    {
        PrepareInPlace("normal_");
        if (IsF64)
        {
            var f = new float[NumelInt];
            Init.Normal(f, (float)mean, (float)std, generator ?? torch.default_generator);
            new Tensor(f, Dims).ConvertData(ScalarType.Float64).Span64.CopyTo(Span64);
            return this;
        }

        Init.Normal(Span, (float)mean, (float)std, generator ?? torch.default_generator);
        return this;
    }
}
