// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Autograd;

/// <summary>How many in-place writes a storage has seen; shared by the tensors that share the storage (see <see cref="Tensor._version"/>).</summary>
internal sealed class VersionCounter
{
    /// <summary>The count.</summary>
    internal int Value { get; set; }
}
