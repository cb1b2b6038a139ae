// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>Settings of the paper 000 §3.2 cleaning step (<see cref="TableCleaner"/>).</summary>
public sealed record CleaningOptions
{
    /// <summary>The paper's defaults.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>
    /// Column names (ordinal, case-insensitive) treated as metadata — timestamps and IDs — and dropped, as §3.2's
    /// "excluding metadata such as timestamps or IDs" asks. Default: <c>timestamp, time, date, datetime, id, index,
    /// sample, Unnamed: 0</c> (the last is what pandas writes for a saved index).
    /// </summary>
    public IReadOnlyList<string> MetadataColumnNames { get; init; } =
        ["timestamp", "time", "date", "datetime", "id", "index", "sample", "Unnamed: 0"];

    /// <summary>
    /// A column whose non-empty training cells are text in more than this fraction is a non-numeric column (e.g. a
    /// timestamp written as text or a category) and is dropped; below it, text cells are coerced to NaN and filled.
    /// Range: [0, 1]. Default: 0.5.
    /// </summary>
    public double MaxNonNumericFraction { get; init; } = 0.5;

    /// <summary>The value that replaces every remaining NaN. Default: 0 (§3.2 "filling remaining missing values with zeros").</summary>
    public double FillValue { get; init; }

    /// <summary>Returns every problem with these settings; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MetadataColumnNames is null)
        {
            problems.Add("MetadataColumnNames: expected a list (possibly empty) but got null.");
        }

        if (!(MaxNonNumericFraction >= 0 && MaxNonNumericFraction <= 1))
        {
            problems.Add($"MaxNonNumericFraction: expected a value in [0, 1] but got {MaxNonNumericFraction}.");
        }

        if (!double.IsFinite(FillValue))
        {
            problems.Add($"FillValue: expected a finite number but got {FillValue}.");
        }

        return problems;
    }
}
