// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>A numeric table read from a CSV file, with the count of every cell that was not a number.</summary>
/// <param name="File">Path that was read.</param>
/// <param name="Table">The (T, D) table; coerced and missing cells are NaN.</param>
/// <param name="NonNumericPerColumn">Per column, how many non-empty cells were text and were coerced to NaN (length D).</param>
/// <param name="EmptyPerColumn">Per column, how many cells were empty or missing (short rows) and became NaN (length D).</param>
/// <param name="Examples">The first few coerced or empty cells (at most <see cref="CsvTableReader.MaxExamples"/>), for the report.</param>
public sealed record CsvReadResult(
    string File,
    TimeSeriesTable Table,
    IReadOnlyList<int> NonNumericPerColumn,
    IReadOnlyList<int> EmptyPerColumn,
    IReadOnlyList<CellLocation> Examples)
{
    /// <summary>Total number of text cells coerced to NaN.</summary>
    public int NonNumericCells => Sum(NonNumericPerColumn);

    /// <summary>Total number of empty cells read as NaN.</summary>
    public int EmptyCells => Sum(EmptyPerColumn);

    private static int Sum(IReadOnlyList<int> counts)
    {
        int total = 0;
        for (int i = 0; i < counts.Count; i++)
        {
            total += counts[i];
        }

        return total;
    }
}
