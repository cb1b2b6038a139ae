// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>
/// Streaming Peaks-Over-Threshold (SPOT) for upper extremes: calibrates a GPD tail on an initial batch and
/// returns the threshold z_q with P(X &gt; z_q) = q along a stream.
/// </summary>
/// <remarks>
/// Source: [SPOT] Algorithm 1 (SPOT) and Eq. (1): z_q ≈ t + (σ/γ)((q n / N_t)^(−γ) − 1), or t − σ log(q n / N_t)
/// when γ = 0; as in [DTAAD] <c>src/spot.py</c>. With <c>dynamic = false</c> the reference code replaces the
/// threshold by the initial threshold t from the first stream value above t onwards; <see cref="Run"/> keeps that
/// behaviour because DTAAD's final threshold is the mean of these values.
/// </remarks>
public sealed class Spot
{
    private readonly double _q;
    private readonly GpdZeroShapeLikelihood _zeroShape;
    private List<double> _peaks = [];
    private long _n;

    /// <summary>Creates a SPOT detector.</summary>
    /// <param name="q">Risk: the tail probability of the threshold, in (0, 1). DTAAD uses 1e-5. Default: 1e-4 ([SPOT]).</param>
    /// <param name="zeroShape">Likelihood rule for the γ = 0 candidate. Default: as the reference code.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is not in (0, 1).</exception>
    public Spot(double q = 1e-4, GpdZeroShapeLikelihood zeroShape = GpdZeroShapeLikelihood.ReferenceCode)
    {
        if (!(q > 0 && q < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "Spot: expected risk q in (0, 1).");
        }

        _q = q;
        _zeroShape = zeroShape;
    }

    /// <summary>The initial threshold t: the empirical <c>level</c>-quantile of the calibration batch.</summary>
    public double InitialThreshold { get; private set; } = double.NaN;

    /// <summary>The current extreme quantile z_q.</summary>
    public double ExtremeQuantile { get; private set; } = double.NaN;

    /// <summary>Number of peaks (excesses over t) in the current fit.</summary>
    public int PeakCount => _peaks.Count;

    /// <summary>The last GPD fit.</summary>
    public GpdFit Fit { get; private set; }

    /// <summary>
    /// Calibrates on <paramref name="initial"/>: t = sorted(initial)[⌊level·n⌋], peaks = values above t minus t, GPD fit.
    /// </summary>
    /// <param name="initial">Calibration batch (DTAAD: the training-set scores); finite values.</param>
    /// <param name="level">Probability of the initial threshold; only its fractional part is used (reference code). Default: 0.98.</param>
    /// <returns><see langword="true"/> when at least one value exceeds t and the fit gives a finite threshold;
    /// <see langword="false"/> otherwise (the reference code raises in that case and DTAAD lowers the level and retries).</returns>
    /// <exception cref="ArgumentException">The batch is empty or holds a NaN/infinite value.</exception>
    public bool Initialize(ReadOnlySpan<double> initial, double level = 0.98)
    {
        if (initial.IsEmpty)
        {
            throw new ArgumentException("Spot.Initialize: expected a non-empty calibration batch.", nameof(initial));
        }

        var sorted = initial.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]))
            {
                throw new ArgumentException($"Spot.Initialize: expected finite scores but initial[{i}] = {sorted[i]}.", nameof(initial));
            }
        }

        Array.Sort(sorted);
        level -= Math.Floor(level);
        var t = sorted[(int)(level * sorted.Length)];
        var peaks = new List<double>();
        foreach (var x in initial)
        {
            if (x > t)
            {
                peaks.Add(x - t);
            }
        }

        if (peaks.Count == 0)
        {
            return false;
        }

        var fit = Grimshaw.Fit(peaks.ToArray(), _zeroShape);
        var n = (long)initial.Length;
        var z = Quantile(t, fit, n, peaks.Count);
        if (!double.IsFinite(z))
        {
            return false;
        }

        InitialThreshold = t;
        _peaks = peaks;
        _n = n;
        Fit = fit;
        ExtremeQuantile = z;
        return true;
    }

    /// <summary>Runs SPOT over the stream and returns the threshold at every step and the alarm indices.</summary>
    /// <param name="stream">Values to run on (DTAAD: the test-set scores).</param>
    /// <param name="dynamic">Whether the tail is refitted as new peaks arrive ([SPOT] Algorithm 1). DTAAD uses <see langword="false"/>.</param>
    /// <param name="withAlarm">Whether values above z_q raise alarms (and are excluded from the fit). Default: true.</param>
    /// <returns>Thresholds (one per stream value) and alarm indices.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Initialize"/> has not succeeded.</exception>
    public (double[] Thresholds, int[] Alarms) Run(ReadOnlySpan<double> stream, bool dynamic, bool withAlarm = true)
    {
        if (double.IsNaN(InitialThreshold))
        {
            throw new InvalidOperationException("Spot.Run: call Initialize successfully before Run.");
        }

        var thresholds = new double[stream.Length];
        var alarms = new List<int>();
        for (var i = 0; i < stream.Length; i++)
        {
            var x = stream[i];
            if (!dynamic)
            {
                if (x > InitialThreshold && withAlarm)
                {
                    ExtremeQuantile = InitialThreshold;
                    alarms.Add(i);
                }
            }
            else if (x > ExtremeQuantile)
            {
                if (withAlarm)
                {
                    alarms.Add(i);
                }
                else
                {
                    AddPeak(x);
                }
            }
            else if (x > InitialThreshold)
            {
                AddPeak(x);
            }
            else
            {
                _n++;
            }

            thresholds[i] = ExtremeQuantile;
        }

        return (thresholds, alarms.ToArray());
    }

    private void AddPeak(double x)
    {
        _peaks.Add(x - InitialThreshold);
        _n++;
        Fit = Grimshaw.Fit(_peaks.ToArray(), _zeroShape);
        ExtremeQuantile = Quantile(InitialThreshold, Fit, _n, _peaks.Count);
    }

    private double Quantile(double t, GpdFit fit, long n, int peakCount)
    {
        var r = n * _q / peakCount;
        return fit.Gamma != 0
            ? t + (fit.Sigma / fit.Gamma * (Math.Pow(r, -fit.Gamma) - 1))
            : t - (fit.Sigma * Math.Log(r));
    }
}
