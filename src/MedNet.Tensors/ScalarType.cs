// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Element type of a tensor, like <c>torch.dtype</c> (<c>torch.float32</c>, <c>torch.float64</c>, <c>torch.int64</c>).</summary>
/// <remarks>
/// Differs from PyTorch: three dtypes only. float32 (the default) has every kernel; float64 covers the ops listed in
/// docs/from-pytorch.md ("float64"); int64 holds class targets and indices and never requires grad.
/// </remarks>
public enum ScalarType
{
    /// <summary>32-bit IEEE float (<c>torch.float32</c>, <c>torch.float</c>); the default.</summary>
    Float32 = 0,

    /// <summary>64-bit IEEE float (<c>torch.float64</c>, <c>torch.double</c>).</summary>
    Float64 = 1,

    /// <summary>64-bit signed integer (<c>torch.int64</c>, <c>torch.long</c>).</summary>
    Int64 = 2,
}
