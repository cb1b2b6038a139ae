// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>Outcome of <see cref="PeaksOverThreshold.Evaluate"/> for one score series.</summary>
/// <param name="Threshold">mean(SPOT thresholds) × scale.</param>
/// <param name="LevelUsed">The initial level at which SPOT initialised (after any ×0.999 retries).</param>
/// <param name="Retries">How many times the level was lowered.</param>
/// <param name="Adjusted">Metrics after DTAAD's point adjustment (what DTAAD and the MED-Net tables report).</param>
/// <param name="Raw">Metrics of score &gt; threshold without point adjustment.</param>
/// <param name="AdjustedPredictions">The point-adjusted predictions.</param>
public sealed record PotResult(double Threshold, double LevelUsed, int Retries, DetectionMetrics Adjusted, DetectionMetrics Raw, bool[] AdjustedPredictions);
