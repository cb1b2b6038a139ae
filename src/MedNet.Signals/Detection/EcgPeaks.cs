// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>Detected R peaks of one ECG lead.</summary>
/// <param name="RPeaks">Sample indices of the R peaks, ascending.</param>
/// <param name="SamplingRate">Sampling rate of the signal in Hz.</param>
public sealed record EcgPeaks(int[] RPeaks, double SamplingRate)
{
    /// <summary>Number of detected beats.</summary>
    public int Count => RPeaks.Length;
}
