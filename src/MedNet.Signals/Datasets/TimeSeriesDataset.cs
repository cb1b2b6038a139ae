// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>A train/test multivariate time series with point labels, as the anomaly-detection papers use it.</summary>
/// <param name="Name">Dataset name (e.g. <c>MBA</c>, or the folder name).</param>
/// <param name="Train">Training table (T_train, D).</param>
/// <param name="Test">Test table (T_test, D), same columns as <paramref name="Train"/>.</param>
/// <param name="Labels">Point labels (T_test, D) or (T_test, 1), 0/1; <see langword="null"/> when the dataset has none.</param>
/// <param name="SamplingRate">Sampling rate in Hz when known (MBA: 128), else <see langword="null"/>.</param>
/// <param name="Diagnostics">Notes about what the loader found or changed, and the §3.2 cleaning report when cleaning ran.</param>
public sealed record TimeSeriesDataset(
    string Name,
    TimeSeriesTable Train,
    TimeSeriesTable Test,
    TimeSeriesTable? Labels,
    double? SamplingRate,
    DatasetDiagnostics Diagnostics)
{
    /// <summary>Channel names D, taken from the training table.</summary>
    public IReadOnlyList<string> ColumnNames => Train.ColumnNames;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Name}: train {Train.Rows}×{Train.Columns}, test {Test.Rows}×{Test.Columns}, labels {(Labels is null ? "none" : $"{Labels.Rows}×{Labels.Columns}")}, " +
        $"fs {(SamplingRate is { } fs ? $"{fs} Hz" : "unknown")}";
}
