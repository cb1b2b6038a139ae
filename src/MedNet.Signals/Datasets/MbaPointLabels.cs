// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>MBA point labels and how they were built.</summary>
/// <param name="Labels">(T, D) table of 0/1; every channel carries the same label.</param>
/// <param name="Rule">Which beats were labelled.</param>
/// <param name="BeatsUsed">Annotations that produced a labelled span.</param>
/// <param name="AnomalousRows">Rows labelled 1 (per channel). Benchmark: 2600 of 7680.</param>
/// <param name="ClippedRows">Offsets that fell outside [0, T) and were skipped.</param>
public sealed record MbaPointLabels(TimeSeriesTable Labels, MbaLabelRule Rule, int BeatsUsed, int AnomalousRows, int ClippedRows);
