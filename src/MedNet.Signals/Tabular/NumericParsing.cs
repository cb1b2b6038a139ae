// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>What a loader does with a cell that is not a number.</summary>
public enum NumericParsing
{
    /// <summary>Throw a <see cref="TabularFormatException"/> naming the file, line and column (default for curated data such as MBA).</summary>
    Strict,

    /// <summary>Paper 000 §3.2: coerce the cell to NaN and count it; <c>Preprocessing.TableCleaner</c> then drops or fills it.</summary>
    CoerceToNaN,
}
