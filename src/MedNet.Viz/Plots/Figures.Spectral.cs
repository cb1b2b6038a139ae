// SPDX-License-Identifier: MIT
using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>Power spectra.</summary>
public static partial class Figures
{
    /// <summary>Power spectral densities of one or more versions of a signal on a log power axis, with an optional shaded band.</summary>
    /// <remarks>Source: [MSA] §3.2 (the share of 50–150 Hz power kept by each preprocessing); the densities come from e.g. Welch's method.</remarks>
    /// <param name="frequenciesHz">Frequency of each density bin in Hz, length ≥ 2, non-negative.</param>
    /// <param name="band">The band to shade (e.g. 50–150 Hz), or null for none; must lie inside the frequency range.</param>
    /// <param name="series">(name, density per bin) per version; each the length of <paramref name="frequenciesHz"/>. Zero densities are drawn as gaps (log axis).</param>
    /// <returns>The figure: frequency (Hz) on x, power density (mV²/Hz, log) on y.</returns>
    public static GenericChart PowerSpectrum(double[] frequenciesHz, (double LowHz, double HighHz)? band, params (string Name, double[] Density)[] series)
    {
        ArgumentNullException.ThrowIfNull(frequenciesHz);
        ArgumentNullException.ThrowIfNull(series);
        if (frequenciesHz.Length < 2 || Array.Exists(frequenciesHz, f => !(f >= 0)))
        {
            throw new ArgumentException(
                $"{nameof(PowerSpectrum)}: expected >= 2 non-negative frequencies but got {frequenciesHz.Length} (or a negative/NaN one).", nameof(frequenciesHz));
        }

        if (series.Length == 0)
        {
            throw new ArgumentException($"{nameof(PowerSpectrum)}: expected at least one series but got none.", nameof(series));
        }

        var maxHz = frequenciesHz[^1];
        if (band is { } b && !(b.LowHz >= 0 && b.LowHz < b.HighHz && b.HighHz <= maxHz))
        {
            throw new ArgumentOutOfRangeException(nameof(band), band,
                $"{nameof(PowerSpectrum)}: expected a band 0 <= low < high <= {maxHz.ToString(CultureInfo.InvariantCulture)} Hz but got {b.LowHz.ToString(CultureInfo.InvariantCulture)}–{b.HighHz.ToString(CultureInfo.InvariantCulture)} Hz.");
        }

        var parts = new List<GenericChart>(series.Length);
        for (var s = 0; s < series.Length; s++)
        {
            var (name, density) = series[s];
            if (density?.Length != frequenciesHz.Length || Array.Exists(density, v => !(v >= 0)))
            {
                throw new ArgumentException(
                    $"{nameof(PowerSpectrum)}: expected series {s} '{name}' to have {frequenciesHz.Length} non-negative densities (one per frequency) but got " +
                    $"{density?.Length.ToString(CultureInfo.InvariantCulture) ?? "null"} (or a negative/NaN value).", nameof(series));
            }

            var y = new double[density.Length];
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = density[i] > 0 ? density[i] : double.NaN;
            }

            parts.Add(Lines(frequenciesHz, y, name, width: s == 0 ? 2 : 1.5, dash: s == 0 ? null : "dash"));
        }

        var chart = Chart.Combine(parts)
            .WithXAxis(ChartParts.Axis(title: "Frequency (Hz)", range: (0, maxHz)))
            .WithYAxis(ChartParts.Axis(title: "Power density (mV²/Hz, log)", type: "log"))
            .Apply(Plotly.NET.Chart.withLegend(ChartParts.TopRowLegend(), null));
        if (band is { } shaded)
        {
            chart = chart.WithShapes([Overlays.XRegion(shaded.LowHz, shaded.HighHz, "rgba(255,127,14,0.15)")]);
        }

        var title = band is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"Power spectrum ({t.LowHz:G}–{t.HighHz:G} Hz shaded)")
            : "Power spectrum";
        return chart.Finish(title, 420, showLegend: true);
    }
}
