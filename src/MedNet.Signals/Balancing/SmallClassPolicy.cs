// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Balancing;

/// <summary>What <see cref="SmoteTomek"/> does with a class that needs synthetic samples but has fewer than 2 training rows
/// (SMOTE interpolates towards a neighbour of the same class, and a single row has none).</summary>
public enum SmallClassPolicy
{
    /// <summary>Leave the class as it is and record a named warning in <see cref="BalancedSet.Warnings"/>.</summary>
    Warn,

    /// <summary>Throw an <see cref="InvalidOperationException"/> naming the class and the fold.</summary>
    Error,
}
