// SPDX-License-Identifier: MIT
namespace MedNet.Models.Complexity;

/// <summary>The operation count of one layer for one forward pass.</summary>
/// <param name="Name">Dotted module path, e.g. <c>blocks.0.branches.1</c>.</param>
/// <param name="Kind">Layer kind, e.g. <c>Conv1d</c>, <c>LSTM</c>, <c>MultiheadAttention</c>.</param>
/// <param name="MultiplyAccumulates">Multiply–accumulate pairs of the layer's products (GEMMs, convolutions, attention products).</param>
/// <param name="OtherOps">Single operations outside those products: bias adds, normalisation, activations, softmax, pooling, gating.</param>
public sealed record FlopEntry(string Name, string Kind, long MultiplyAccumulates, long OtherOps)
{
    /// <summary>Floating-point operations: 2 per multiply–accumulate plus the other operations.</summary>
    public long Flops => (2 * MultiplyAccumulates) + OtherOps;
}
