// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>A percentile bootstrap confidence interval of one statistic.</summary>
/// <param name="Estimate">The statistic on the original sample.</param>
/// <param name="Lower">The (1 − level)/2 percentile of the resampled statistics.</param>
/// <param name="Upper">The (1 + level)/2 percentile of the resampled statistics.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
/// <param name="Resamples">Resamples drawn.</param>
/// <param name="Valid">Resamples whose statistic was defined (not NaN); the percentiles use these only.</param>
/// <param name="Groups">Groups (e.g. records) resampled with replacement.</param>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double Level, int Resamples, int Valid, int Groups);
