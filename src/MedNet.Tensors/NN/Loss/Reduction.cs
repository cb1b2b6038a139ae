// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>How a loss reduces per-element values, PyTorch's <c>reduction</c> argument.</summary>
public enum Reduction
{
    /// <summary>Return the per-element losses.</summary>
    None,

    /// <summary>Average (weighted by class weights where they apply). PyTorch's default.</summary>
    Mean,

    /// <summary>Sum.</summary>
    Sum,
}
