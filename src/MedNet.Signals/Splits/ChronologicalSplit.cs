// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Splits;

/// <summary>Splits a dataset in time: train on the first part of its training table, test on the rest of its test table.</summary>
/// <remarks>
/// Made for MBA, whose train and test files are byte-identical (D-MN-21): splitting at one row gives a test set the model
/// never saw, to measure how much of the benchmark's score comes from testing on the training data. For a dataset whose
/// tables differ it still takes rows [0, k) of the training table and rows [k, T) of the test table and labels.
/// </remarks>
public static class ChronologicalSplit
{
    /// <summary>Keeps rows [0, k) of the training table and rows [k, T_test) of the test table and its labels, k = ⌊fraction · T_train⌋.</summary>
    /// <param name="dataset">The dataset; its test table must have at least as many rows as its training table.</param>
    /// <param name="trainFraction">Share of the rows used for training, in (0, 1); e.g. 0.5.</param>
    /// <returns>A dataset with the same name, sampling rate and diagnostics plus a note saying where it was split.</returns>
    /// <exception cref="ArgumentException">The fraction is outside (0, 1), leaves a part empty, or the test table is shorter.</exception>
    public static TimeSeriesDataset Split(TimeSeriesDataset dataset, double trainFraction)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction, $"ChronologicalSplit.Split: expected a fraction in (0, 1) but got {trainFraction}.");
        }

        int k = (int)Math.Floor(trainFraction * dataset.Train.Rows);
        if (k < 1 || k >= dataset.Test.Rows)
        {
            throw new ArgumentException(
                $"ChronologicalSplit.Split: expected 1 ≤ k < {dataset.Test.Rows} test rows but got k = {k} from {trainFraction} × {dataset.Train.Rows} training rows.",
                nameof(trainFraction));
        }

        var note = $"split in time at row {k}: train rows [0, {k}) of the training table, test rows [{k}, {dataset.Test.Rows}) of the test table";
        return dataset with
        {
            Name = $"{dataset.Name} (split at {k})",
            Train = Rows(dataset.Train, 0, k),
            Test = Rows(dataset.Test, k, dataset.Test.Rows - k),
            Labels = dataset.Labels is null ? null : Rows(dataset.Labels, k, dataset.Labels.Rows - k),
            Diagnostics = dataset.Diagnostics with { Notes = [.. dataset.Diagnostics.Notes, note] },
        };
    }

    private static TimeSeriesTable Rows(TimeSeriesTable table, int start, int count) =>
        new(table.Values.AsSpan(start * table.Columns, count * table.Columns).ToArray(), count, table.ColumnNames);
}
