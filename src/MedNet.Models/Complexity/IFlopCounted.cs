// SPDX-License-Identifier: MIT
namespace MedNet.Models.Complexity;

/// <summary>A module that reports its forward operation count layer by layer through a <see cref="FlopCounter"/>.</summary>
/// <remarks>
/// Composite modules know their own data flow, so each one walks its children in forward order and adds what lies
/// between them (gating products, poolings); the per-layer formulas live once, in <see cref="FlopCounter"/>.
/// </remarks>
public interface IFlopCounted
{
    /// <summary>Adds this module's operations for an input of length <paramref name="length"/> to <paramref name="counter"/>.</summary>
    /// <param name="counter">Where the entries go; its batch size applies.</param>
    /// <param name="name">This module's dotted path, used as the prefix of its entries.</param>
    /// <param name="length">Input length L (time steps).</param>
    /// <returns>The output length.</returns>
    long CountFlops(FlopCounter counter, string name, long length);
}
