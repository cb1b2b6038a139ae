// SPDX-License-Identifier: MIT
namespace MedNet.Models.Complexity;

/// <summary>Operation counts of one forward pass, per layer and in total.</summary>
/// <param name="InputShape">The input the counts are for, (B, C, L).</param>
/// <param name="Entries">One entry per counted layer, in forward order.</param>
public sealed record FlopReport(IReadOnlyList<long> InputShape, IReadOnlyList<FlopEntry> Entries)
{
    /// <summary>Total multiply–accumulates (what thop and fvcore call "FLOPs").</summary>
    public long MultiplyAccumulates => Entries.Sum(e => e.MultiplyAccumulates);

    /// <summary>Total floating-point operations: 2 · multiply–accumulates + other operations.</summary>
    public long Flops => Entries.Sum(e => e.Flops);

    /// <summary>Total of the entries whose name starts with <paramref name="prefix"/> (a module path).</summary>
    /// <param name="prefix">Dotted module path, e.g. <c>lstm</c>.</param>
    /// <returns>Floating-point operations of that part.</returns>
    public long FlopsOf(string prefix) => Entries.Where(e => e.Name == prefix || e.Name.StartsWith(prefix + ".", StringComparison.Ordinal)).Sum(e => e.Flops);
}
