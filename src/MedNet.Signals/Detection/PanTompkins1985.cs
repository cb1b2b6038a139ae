// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Signals.Filters;

namespace MedNet.Signals.Detection;

/// <summary>Pan–Tompkins QRS detection: band-pass, derivative, squaring, moving-window integration and adaptive dual thresholds.</summary>
/// <remarks>
/// Source: [PANTOMPKINS1985] Pan J, Tompkins WJ, "A real-time QRS detection algorithm", IEEE TBME 32(3):230–236, 1985.
/// <para>Steps: (1) band-pass 5–15 Hz (Butterworth, zero-phase, so no delay to undo); (2) centred five-point derivative;
/// (3) squaring; (4) centred moving-window integration over 150 ms; (5) fiducial marks = MWI peaks that are the largest within
/// ±100 ms; (6) each mark is a QRS when its MWI peak exceeds THRESHOLD I1 = NPKI + 0.25 (SPKI − NPKI) and the largest |band-passed|
/// value within ±75 ms exceeds THRESHOLD F1 (same rule on SPKF/NPKF); levels update as SPK = 0.125 peak + 0.875 SPK, NPK likewise;
/// (7) optionally (<see cref="PanTompkinsConfig.HalveThresholdsWhenIrregular"/>, off by default) thresholds are halved while the
/// heart rate is irregular (last RR outside 92–116 % of RR AVERAGE2); (8) 200 ms refractory period, inside which two marks are one
/// beat and the larger MWI peak is kept; (9) within 360 ms of the previous QRS a candidate whose maximal slope is below half the previous QRS's is a T wave;
/// (10) search-back: when no QRS for 166 % of RR AVERAGE2, the largest mark since the last QRS above THRESHOLD I2 = 0.5 I1 (and F2)
/// is a QRS, with SPK = 0.25 peak + 0.75 SPK; (11) the R peak is located at the largest |band-passed| sample within ±75 ms of the mark.</para>
/// <para>Learning phase: SPKI = max(MWI over the first 2 s) / 3, NPKI = mean / 2 (likewise for the band-passed signal), RR AVERAGE1 =
/// AVERAGE2 = 1 s until beats are seen (the paper gives no numbers for these starting values).</para>
/// </remarks>
public static class PanTompkins1985
{
    /// <summary>Detects R peaks in one ECG lead.</summary>
    /// <param name="ecg">One lead, any unit (mV), length L; at least 1 s.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 2 × <see cref="PanTompkinsConfig.BandHighHz"/>.</param>
    /// <param name="config">Settings. Default: <see cref="PanTompkinsConfig.Paper"/>.</param>
    /// <returns>R-peak sample indices, ascending.</returns>
    /// <exception cref="ArgumentException">The config is invalid (all problems listed) or the signal is shorter than 1 s.</exception>
    public static EcgPeaks Detect(ReadOnlySpan<float> ecg, double samplingRate, PanTompkinsConfig? config = null)
    {
        config ??= PanTompkinsConfig.Paper;
        var problems = config.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("PanTompkins1985: invalid config: " + string.Join(" ", problems), nameof(config));
        }

        var n = ecg.Length;
        if (n < samplingRate)
        {
            throw new ArgumentException($"PanTompkins1985: expected at least 1 s ({samplingRate} samples) but got {n}.", nameof(ecg));
        }

        var pool = ArrayPool<float>.Shared;
        float[] filtered = pool.Rent(n), slope = pool.Rent(n), mwi = pool.Rent(n);
        try
        {
            var f = filtered.AsSpan(0, n);
            var d = slope.AsSpan(0, n);
            var m = mwi.AsSpan(0, n);
            ZeroPhase.Filter(Butterworth.BandPass(config.BandOrder, config.BandLowHz, config.BandHighHz, samplingRate), ecg, f);
            PanTompkinsStages.Derivative(f, d, samplingRate);
            var width = Math.Max(1, (int)Math.Round(config.IntegrationWindowSeconds * samplingRate));
            PanTompkinsStages.SquareAndIntegrate(d, m, width);
            var marks = PanTompkinsStages.Peaks(m, (int)Math.Round(config.RefractorySeconds * samplingRate / 2));
            var decision = new PanTompkinsDecision(config, samplingRate, f, m);
            return new EcgPeaks(decision.Run(marks, f, d, m), samplingRate);
        }
        finally
        {
            pool.Return(filtered);
            pool.Return(slope);
            pool.Return(mwi);
        }
    }
}
