// SPDX-License-Identifier: MIT
using MedNet.Signals.Filters;
using MedNet.Signals.Spectral;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The record-level preprocessing of [MSA] §2.1 C with its high-frequency-preservation switch, and the §3.2 spectral check.</summary>
/// <remarks>
/// Source: [MSA] §2.1 C (modified Kalman baseline correction), Figure 2 ("adaptive bandpass filtering (0.5–150Hz)"), §3.2
/// ("retention of 92% of signal power between 50–150Hz compared to 67% in conventional preprocessing"). Both paths remove the
/// baseline with <see cref="KalmanBaseline"/> and then apply a zero-phase Butterworth band-pass (order 2, filtfilt) from
/// 0.5 Hz to 150 Hz (preserving) or to 40 Hz (conventional); they differ only in the upper edge. Differs: D-MS-02, D-MS-03, D-MS-05.
/// </remarks>
public static class MsaPreprocessing
{
    /// <summary>Upper edge of the high-frequency-preserving band-pass, Hz (Figure 2).</summary>
    public const double PreservingHighHz = EcgBandPass.PaperHighHz;

    /// <summary>Upper edge of the conventional band-pass, Hz (ours; the paper names no value). Differs: D-MS-05.</summary>
    public const double ConventionalHighHz = 40;

    /// <summary>Baseline removal and band-pass of one lead.</summary>
    /// <param name="raw">The lead in mV, longer than the filter's edge padding.</param>
    /// <param name="samplingRate">Sampling rate in Hz (360 for MIT-BIH).</param>
    /// <param name="highFrequencyPreservation">0.5–150 Hz when true, 0.5–40 Hz when false.</param>
    /// <returns>The filtered lead and the band-pass note (non-null when the upper edge was changed near Nyquist, D-MS-02).</returns>
    public static (float[] Signal, string? Note) Apply(ReadOnlySpan<float> raw, double samplingRate, bool highFrequencyPreservation)
    {
        var x = new float[raw.Length];
        KalmanBaseline.Remove(raw, x, samplingRate);
        var design = EcgBandPass.Design(samplingRate, EcgBandPass.PaperLowHz, highFrequencyPreservation ? PreservingHighHz : ConventionalHighHz);
        ZeroPhase.Filter(design.Filter, x, x);
        return (x, design.Note);
    }

    /// <summary>The share of 50–150 Hz Welch power that each preprocessing keeps on one lead.</summary>
    /// <param name="record">Record name, for the result.</param>
    /// <param name="raw">The raw lead in mV.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <param name="lowHz">Band start. Default: 50.</param>
    /// <param name="highHz">Band end. Default: 150.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">The band end lies above Nyquist.</exception>
    public static MsaSpectralCheck SpectralCheck(string record, ReadOnlySpan<float> raw, double samplingRate, double lowHz = 50, double highHz = 150)
    {
        if (highHz > samplingRate / 2)
        {
            throw new ArgumentException($"MsaPreprocessing.SpectralCheck: expected a band end ≤ fs/2 = {samplingRate / 2} Hz but got {highHz} Hz.", nameof(highHz));
        }

        var rawPower = WelchPower.Band(raw, samplingRate, lowHz, highHz);
        var preserving = WelchPower.Band(Apply(raw, samplingRate, true).Signal, samplingRate, lowHz, highHz);
        var conventional = WelchPower.Band(Apply(raw, samplingRate, false).Signal, samplingRate, lowHz, highHz);
        return new MsaSpectralCheck(record, lowHz, highHz, rawPower, preserving / rawPower, conventional / rawPower);
    }
}
