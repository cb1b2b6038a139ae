// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>The cells of one worksheet, as a dense grid from A1 to the last used cell.</summary>
/// <param name="File">Path of the workbook.</param>
/// <param name="Name">Sheet name from <c>xl/workbook.xml</c>.</param>
/// <param name="Cells">Rows of cells; <c>Cells[r][c]</c> is sheet row r + 1, column c + 1. Every row has <see cref="ColumnCount"/> cells.</param>
/// <param name="ColumnCount">Number of columns (last used column).</param>
public sealed record XlsxSheet(string File, string Name, IReadOnlyList<XlsxCell[]> Cells, int ColumnCount)
{
    /// <summary>Number of rows (last used row).</summary>
    public int RowCount => Cells.Count;

    /// <summary>Turns a 1-based column number into its letters (1 → A, 28 → AB).</summary>
    /// <param name="column">1-based column number.</param>
    /// <returns>The column letters.</returns>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = string.Empty;
        while (column > 0)
        {
            int rem = (column - 1) % 26;
            letters = (char)('A' + rem) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
