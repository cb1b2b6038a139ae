// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;


namespace MedNet.Signals.Datasets;

/// <summary>What a loader noticed or changed while building a <see cref="TimeSeriesDataset"/>.</summary>
/// <param name="Notes">Human-readable facts (e.g. "train and test are byte-identical", "units row: mV, mV").</param>
/// <param name="Cleaning">The paper 000 §3.2 cleaning report, when the loader ran <see cref="TableCleaner"/>.</param>
public sealed record DatasetDiagnostics(IReadOnlyList<string> Notes, CleaningDiagnostics? Cleaning);
