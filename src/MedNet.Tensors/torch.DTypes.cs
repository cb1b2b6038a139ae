// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>The dtypes as <c>torch.float32</c>, <c>torch.float64</c>, <c>torch.int64</c> and their aliases.</summary>
public static partial class torch
{
    /// <summary>32-bit float, the default dtype.</summary>
    public const ScalarType float32 = ScalarType.Float32;

    /// <summary>Alias of <see cref="float32"/>, like <c>torch.float</c>.</summary>
    public const ScalarType @float = ScalarType.Float32;

    /// <summary>64-bit float.</summary>
    public const ScalarType float64 = ScalarType.Float64;

    /// <summary>Alias of <see cref="float64"/>, like <c>torch.double</c>.</summary>
    public const ScalarType @double = ScalarType.Float64;

    /// <summary>64-bit signed integer (class targets, indices).</summary>
    public const ScalarType int64 = ScalarType.Int64;

    /// <summary>Alias of <see cref="int64"/>, like <c>torch.long</c>.</summary>
    public const ScalarType @long = ScalarType.Int64;
}
