// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>
/// Maximum-likelihood fit of a generalised Pareto distribution by Grimshaw's trick: the MLE of (γ, σ) is found
/// among the roots t of w(t) = u(t)·v(t) − 1 with u(t) = 1 + mean(log(1 + tY)), v(t) = mean(1 / (1 + tY)),
/// γ = u(t) − 1, σ = γ / t, plus the γ = 0 candidate.
/// </summary>
/// <remarks>
/// Source: [SPOT] §3.2 and Grimshaw (1993), "Computing maximum likelihood estimates for the generalized Pareto
/// distribution", Technometrics 35(2). The reference code minimises w² from 10 regular start points per interval
/// with L-BFGS-B; this implementation scans each interval on a fine grid and refines every sign change by bisection
/// and every interior or boundary minimum of |w| by golden-section search, which yields the same stationary
/// candidates (roots) up to solver tolerance.
/// </remarks>
public static class Grimshaw
{
    private const int GridPoints = 200;
    private const int RefineIterations = 100;

    /// <summary>Fits a GPD (location 0) to positive excesses.</summary>
    /// <param name="peaks">Excesses over the initial threshold; all &gt; 0; at least one.</param>
    /// <param name="zeroShape">Likelihood rule for the γ = 0 candidate. Default: as the reference code.</param>
    /// <param name="epsilon">Numerical margin at the interval ends. Default: 1e-8 (reference code).</param>
    /// <returns>The best (γ, σ) by log-likelihood.</returns>
    /// <exception cref="ArgumentException">No peaks, or a peak is not positive and finite.</exception>
    public static GpdFit Fit(ReadOnlySpan<double> peaks, GpdZeroShapeLikelihood zeroShape = GpdZeroShapeLikelihood.ReferenceCode, double epsilon = 1e-8)
    {
        if (peaks.IsEmpty)
        {
            throw new ArgumentException("Grimshaw.Fit: expected at least one excess over the threshold but got none.", nameof(peaks));
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        for (var i = 0; i < peaks.Length; i++)
        {
            var y = peaks[i];
            if (!(y > 0) || !double.IsFinite(y))
            {
                throw new ArgumentException($"Grimshaw.Fit: expected positive finite excesses but peaks[{i}] = {y}.", nameof(peaks));
            }

            min = Math.Min(min, y);
            max = Math.Max(max, y);
            sum += y;
        }

        var mean = sum / peaks.Length;
        var y0 = peaks.ToArray();

        var a = -1 / max;
        if (Math.Abs(a) < 2 * epsilon)
        {
            epsilon = Math.Abs(a) / 10;
        }

        a += epsilon;
        var b = 2 * (mean - min) / (mean * min);
        var c = 2 * (mean - min) / (min * min);

        var candidates = new List<double>();
        FindCandidates(y0, a + epsilon, -epsilon, candidates);
        if (c - b <= 0)
        {
            // Reference code's guard for a zero-width interval (all peaks equal).
            FindCandidates(y0, 0, 1e-4, candidates);
        }
        else
        {
            FindCandidates(y0, b, c, candidates);
        }

        var best = new GpdFit(0, mean, ZeroShapeLogLikelihood(peaks.Length, mean, zeroShape));
        foreach (var t in candidates)
        {
            if (t == 0)
            {
                continue;
            }

            var gamma = U(y0, t) - 1;
            var sigma = gamma / t;
            var ll = LogLikelihood(y0, gamma, sigma);
            if (ll > best.LogLikelihood)
            {
                best = new GpdFit(gamma, sigma, ll);
            }
        }

        return best;
    }

    /// <summary>Log-likelihood of excesses under GPD(γ, σ) for γ ≠ 0; −∞ where 1 + γy/σ ≤ 0 or σ ≤ 0.</summary>
    /// <param name="peaks">Excesses.</param>
    /// <param name="gamma">Shape γ ≠ 0.</param>
    /// <param name="sigma">Scale σ.</param>
    /// <returns>−n log σ − (1 + 1/γ) Σ log(1 + γy/σ).</returns>
    public static double LogLikelihood(ReadOnlySpan<double> peaks, double gamma, double sigma)
    {
        if (!(sigma > 0))
        {
            return double.NegativeInfinity;
        }

        var tau = gamma / sigma;
        double s = 0;
        foreach (var y in peaks)
        {
            var z = 1 + (tau * y);
            if (!(z > 0))
            {
                return double.NegativeInfinity;
            }

            s += Math.Log(z);
        }

        return (-peaks.Length * Math.Log(sigma)) - ((1 + (1 / gamma)) * s);
    }

    private static double ZeroShapeLogLikelihood(int n, double mean, GpdZeroShapeLikelihood rule) => rule switch
    {
        GpdZeroShapeLikelihood.ReferenceCode => n * (1 + Math.Log(mean)),
        GpdZeroShapeLikelihood.Exact => -n * (1 + Math.Log(mean)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule,
            $"expected one of {string.Join(", ", Enum.GetNames<GpdZeroShapeLikelihood>())}"),
    };

    private static double U(double[] y, double t)
    {
        double s = 0;
        foreach (var v in y)
        {
            s += Math.Log(1 + (t * v));
        }

        return 1 + (s / y.Length);
    }

    private static double W(double[] y, double t)
    {
        double logs = 0, inv = 0;
        foreach (var v in y)
        {
            var s = 1 + (t * v);
            logs += Math.Log(s);
            inv += 1 / s;
        }

        return ((1 + (logs / y.Length)) * (inv / y.Length)) - 1;
    }

    private static void FindCandidates(double[] y, double lo, double hi, List<double> into)
    {
        if (!(hi > lo))
        {
            return;
        }

        var step = (hi - lo) / GridPoints;
        var xs = new double[GridPoints + 1];
        var ws = new double[GridPoints + 1];
        for (var i = 0; i <= GridPoints; i++)
        {
            xs[i] = i == GridPoints ? hi : lo + (i * step);
            ws[i] = W(y, xs[i]);
        }

        for (var i = 0; i < GridPoints; i++)
        {
            if (!double.IsFinite(ws[i]) || !double.IsFinite(ws[i + 1]))
            {
                continue;
            }

            if (ws[i] == 0)
            {
                into.Add(xs[i]);
            }
            else if (Math.Sign(ws[i]) != Math.Sign(ws[i + 1]) && ws[i + 1] != 0)
            {
                into.Add(Bisect(y, xs[i], xs[i + 1], ws[i]));
            }
        }

        // Local minima of |w| that are not roots (the reference's L-BFGS-B can stop there too).
        for (var i = 0; i <= GridPoints; i++)
        {
            var wi = Math.Abs(ws[i]);
            if (!double.IsFinite(wi))
            {
                continue;
            }

            var left = i > 0 ? Math.Abs(ws[i - 1]) : double.PositiveInfinity;
            var right = i < GridPoints ? Math.Abs(ws[i + 1]) : double.PositiveInfinity;
            if (wi <= left && wi <= right)
            {
                into.Add(GoldenMinimum(y, xs[Math.Max(0, i - 1)], xs[Math.Min(GridPoints, i + 1)]));
            }
        }
    }

    private static double Bisect(double[] y, double a, double b, double wa)
    {
        for (var k = 0; k < RefineIterations; k++)
        {
            var m = 0.5 * (a + b);
            var wm = W(y, m);
            if (wm == 0 || b - a < 1e-15 * Math.Max(1, Math.Abs(m)))
            {
                return m;
            }

            if (Math.Sign(wm) == Math.Sign(wa))
            {
                a = m;
                wa = wm;
            }
            else
            {
                b = m;
            }
        }

        return 0.5 * (a + b);
    }

    private static double GoldenMinimum(double[] y, double a, double b)
    {
        var g = (Math.Sqrt(5) - 1) / 2;
        var c = b - (g * (b - a));
        var d = a + (g * (b - a));
        for (var k = 0; k < RefineIterations && b - a > 1e-15 * Math.Max(1, Math.Abs(a)); k++)
        {
            if (Math.Abs(W(y, c)) < Math.Abs(W(y, d)))
            {
                b = d;
            }
            else
            {
                a = c;
            }

            c = b - (g * (b - a));
            d = a + (g * (b - a));
        }

        return 0.5 * (a + b);
    }
}
