// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>The output of <see cref="TableCleaner.Clean"/>: NaN-free tables with the same sensor columns, and the report.</summary>
/// <param name="Train">Cleaned training table (T_train, D).</param>
/// <param name="Test">Cleaned test table (T_test, D), when one was given.</param>
/// <param name="Labels">Labels with the rows of dropped test rows removed, when given.</param>
/// <param name="Diagnostics">Every coercion, drop and fill.</param>
public sealed record CleanedData(TimeSeriesTable Train, TimeSeriesTable? Test, TimeSeriesTable? Labels, CleaningDiagnostics Diagnostics);
