// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Random;

namespace MedNet.Tensors;

/// <summary>In-place updates (never recorded; for initialisers and optimisers, as PyTorch's trailing-underscore methods under no_grad).</summary>
public sealed partial class Tensor
{
    /// <summary>Sets every element to zero.</summary>
    /// <returns>This tensor.</returns>
    public Tensor zero_()
    {
        Span.Clear();
        return this;
    }

    /// <summary>Sets every element to <paramref name="value"/>.</summary>
    /// <param name="value">Fill value.</param>
    /// <returns>This tensor.</returns>
    public Tensor fill_(float value)
    {
        Span.Fill(value);
        return this;
    }

    /// <summary>Copies the elements of <paramref name="src"/> (same number of elements).</summary>
    /// <param name="src">Source tensor.</param>
    /// <returns>This tensor.</returns>
    public Tensor copy_(Tensor src)
    {
        if (src.NumelInt != NumelInt)
        {
            throw new ArgumentException($"copy_: expected {Shape.Format(Dims)} but got {Shape.Format(src.Dims)}.", nameof(src));
        }

        src.Span.CopyTo(Span);
        return this;
    }

    /// <summary>this += alpha · other (same shape).</summary>
    /// <param name="other">Tensor of this shape.</param>
    /// <param name="alpha">Multiplier. Default: 1.</param>
    /// <returns>This tensor.</returns>
    public Tensor add_(Tensor other, float alpha = 1f)
    {
        if (other.NumelInt != NumelInt)
        {
            throw new ArgumentException($"add_: expected {Shape.Format(Dims)} but got {Shape.Format(other.Dims)}.", nameof(other));
        }

        TensorPrimitives.MultiplyAdd(other.Span, alpha, Span, Span);
        return this;
    }

    /// <summary>this *= value.</summary>
    /// <param name="value">Multiplier.</param>
    /// <returns>This tensor.</returns>
    public Tensor mul_(float value)
    {
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
        Init.Normal(Span, (float)mean, (float)std, generator ?? torch.default_generator);
        return this;
    }
}
