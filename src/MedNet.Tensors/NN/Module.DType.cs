// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Dtype conversion of a module's parameters and buffers, like <c>module.to(dtype)</c> / <c>module.double()</c>.</summary>
public abstract partial class Module
{
    /// <summary>Converts every floating-point parameter and buffer (recursively) to <paramref name="dtype"/> in place, like PyTorch.</summary>
    /// <param name="dtype">torch.float32 or torch.float64.</param>
    /// <returns>This module.</returns>
    /// <remarks>The tensors stay the same objects (fields and optimisers keep pointing at them); int64 buffers are left as they are, as PyTorch does. Make the optimiser after converting.</remarks>
    /// <exception cref="ArgumentException"><paramref name="dtype"/> is int64.</exception>
    public Module to(ScalarType dtype)
    {
        if (dtype == ScalarType.Int64)
        {
            throw new ArgumentException("Module.to: expected a floating-point dtype (torch.float32 or torch.float64) but got int64; parameters must stay floating-point to require gradients.", nameof(dtype));
        }

        foreach (var (_, p) in named_parameters())
        {
            p.ConvertInPlace(dtype);
        }

        foreach (var (_, b) in named_buffers())
        {
            if (b.is_floating_point())
            {
                b.ConvertInPlace(dtype);
            }
        }

        return this;
    }

    /// <summary>Converts parameters and buffers to float64, like <c>module.double()</c> (what the DTAAD repository calls).</summary>
    /// <returns>This module.</returns>
    public Module @double() => to(ScalarType.Float64);

    /// <summary>Converts parameters and buffers to float32, like <c>module.float()</c>.</summary>
    /// <returns>This module.</returns>
    public Module @float() => to(ScalarType.Float32);
}
