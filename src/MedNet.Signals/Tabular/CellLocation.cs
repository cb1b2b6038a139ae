// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>Where a coerced or missing cell was found, for diagnostics.</summary>
/// <param name="File">Path of the file.</param>
/// <param name="Line">1-based line (CSV) or sheet row (xlsx).</param>
/// <param name="Column">1-based column.</param>
/// <param name="ColumnName">Header name of the column.</param>
/// <param name="Text">The cell's text (empty for a missing cell).</param>
public sealed record CellLocation(string File, int Line, int Column, string ColumnName, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path.GetFileName(File)} line {Line} column {Column} ('{ColumnName}'): '{Text}'";
}
