// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>Every coercion, drop and fill made by <see cref="TableCleaner"/>; nothing is changed silently.</summary>
/// <param name="KeptColumns">Sensor columns kept, in order (decided on the training table).</param>
/// <param name="DroppedMetadataColumns">Columns dropped by name as timestamps or IDs.</param>
/// <param name="DroppedNonNumericColumns">Columns dropped because most training cells were text.</param>
/// <param name="DroppedEmptyColumns">Columns dropped because every training cell was empty or text.</param>
/// <param name="DroppedTestOnlyColumns">Test columns absent from the kept training columns.</param>
/// <param name="Train">What happened to the training rows.</param>
/// <param name="Test">What happened to the test rows, when a test table was given.</param>
/// <param name="DroppedLabelRows">Label rows dropped together with empty test rows (labels align with test rows).</param>
public sealed record CleaningDiagnostics(
    IReadOnlyList<string> KeptColumns,
    IReadOnlyList<string> DroppedMetadataColumns,
    IReadOnlyList<string> DroppedNonNumericColumns,
    IReadOnlyList<string> DroppedEmptyColumns,
    IReadOnlyList<string> DroppedTestOnlyColumns,
    TableCleaningReport Train,
    TableCleaningReport? Test,
    int DroppedLabelRows)
{
    /// <summary>Whether the cleaning changed nothing (no coercion, drop or fill).</summary>
    public bool IsClean =>
        DroppedMetadataColumns.Count == 0 && DroppedNonNumericColumns.Count == 0 && DroppedEmptyColumns.Count == 0
        && DroppedTestOnlyColumns.Count == 0 && Untouched(Train) && (Test is null || Untouched(Test));

    /// <summary>One line per fact, for a notebook cell or the CLI.</summary>
    /// <returns>Human-readable lines.</returns>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string> { $"kept columns: [{string.Join(", ", KeptColumns)}]" };
        Add(lines, "dropped metadata columns", DroppedMetadataColumns);
        Add(lines, "dropped non-numeric columns", DroppedNonNumericColumns);
        Add(lines, "dropped empty columns", DroppedEmptyColumns);
        Add(lines, "dropped test-only columns", DroppedTestOnlyColumns);
        lines.Add(Train.ToString());
        if (Test is not null)
        {
            lines.Add(Test.ToString());
        }

        if (DroppedLabelRows > 0)
        {
            lines.Add($"labels: dropped {DroppedLabelRows} rows aligned with empty test rows");
        }

        return lines;
    }

    private static bool Untouched(TableCleaningReport r) =>
        r.CoercedTextCells == 0 && r.EmptyCells == 0 && r.DroppedEmptyRows.Count == 0 && r.FilledCells == 0;

    private static void Add(List<string> lines, string what, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            lines.Add($"{what}: [{string.Join(", ", names)}]");
        }
    }
}
