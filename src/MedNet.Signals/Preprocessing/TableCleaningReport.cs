// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>What the §3.2 cleaning did to one table (train or test), every count explicit.</summary>
/// <param name="Table">Which table: <c>train</c> or <c>test</c>.</param>
/// <param name="File">Source file, when known.</param>
/// <param name="RowsIn">Rows before cleaning.</param>
/// <param name="RowsOut">Rows after dropping empty rows.</param>
/// <param name="CoercedTextCells">Text cells coerced to NaN in the kept columns.</param>
/// <param name="EmptyCells">Empty cells (NaN) in the kept columns, before any row drop.</param>
/// <param name="DroppedEmptyRows">0-based indices of rows dropped because every kept column was NaN.</param>
/// <param name="FilledPerColumn">Per kept column, how many NaN were replaced by the fill value.</param>
public sealed record TableCleaningReport(
    string Table,
    string? File,
    int RowsIn,
    int RowsOut,
    int CoercedTextCells,
    int EmptyCells,
    IReadOnlyList<int> DroppedEmptyRows,
    IReadOnlyList<int> FilledPerColumn)
{
    /// <summary>Total NaN replaced by the fill value.</summary>
    public int FilledCells
    {
        get
        {
            int total = 0;
            for (int i = 0; i < FilledPerColumn.Count; i++)
            {
                total += FilledPerColumn[i];
            }

            return total;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Table}: rows {RowsIn} → {RowsOut} (dropped {DroppedEmptyRows.Count} empty), coerced text cells {CoercedTextCells}, " +
        $"empty cells {EmptyCells}, filled with zero {FilledCells}";
}
