// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Windowing;

/// <summary>Turns point labels (T, L) into window labels for a <see cref="WindowTensor"/>, by the label rule of the spec it was cut with.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2.1, Eq. (6), y_i = max_{t ∈ window i} ℓ_t (<see cref="WindowLabelRule.MaxOverWindow"/>), or the
/// label at the window's anchor (<see cref="WindowLabelRule.AnchorPoint"/>). Labels are 0/1 (any non-zero counts as 1).
/// Padded rows count as the nearest row of the series.
/// </remarks>
public static class WindowLabels
{
    /// <summary>Window labels per label channel, by <c>windows.Spec.LabelRule</c>.</summary>
    /// <param name="windows">Windows cut from a series of T rows.</param>
    /// <param name="pointLabels">Point labels (T, L): one row per time step of the windowed series; L ≥ 1 (MBA: L = 2).</param>
    /// <returns>Labels (N, L) row-major: element (n, l) at <c>[n · L + l]</c>, each 0 or 1.</returns>
    /// <exception cref="ArgumentException">The labels do not cover the rows the windows were cut from, or hold NaN.</exception>
    public static int[] PerChannel(WindowTensor windows, TimeSeriesTable pointLabels)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(pointLabels);
        int l = pointLabels.Columns;
        if (pointLabels.Rows != windows.SourceRows)
        {
            throw new ArgumentException(
                $"WindowLabels: expected point labels with one row per time step of the windowed series (T = {windows.SourceRows}) but got ({pointLabels.Rows}, {l}). " +
                "Labels must align row by row with the series the windows were cut from.",
                nameof(pointLabels));
        }

        ChannelNormaliser.RequireFinite(pointLabels, "WindowLabels", nameof(pointLabels));
        var rule = windows.Spec.LabelRule;
        var result = new int[windows.Count * l];
        var values = pointLabels.Values;
        int last = windows.SourceRows - 1;
        for (int n = 0; n < windows.Count; n++)
        {
            var dst = result.AsSpan(n * l, l);
            switch (rule)
            {
                case WindowLabelRule.MaxOverWindow:
                    int from = Math.Clamp(windows.FirstRow[n], 0, last);
                    int to = Math.Clamp(windows.FirstRow[n] + windows.Length - 1, 0, last);
                    for (int r = from; r <= to; r++)
                    {
                        var row = values.AsSpan(r * l, l);
                        for (int j = 0; j < l; j++)
                        {
                            if (row[j] != 0)
                            {
                                dst[j] = 1;
                            }
                        }
                    }

                    break;
                case WindowLabelRule.AnchorPoint:
                    var at = values.AsSpan(windows.Anchor[n] * l, l);
                    for (int j = 0; j < l; j++)
                    {
                        dst[j] = at[j] != 0 ? 1 : 0;
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(windows), rule,
                        $"WindowLabels: LabelRule: expected one of {string.Join(", ", Enum.GetNames<WindowLabelRule>())} but got {rule}.");
            }
        }

        return result;
    }

    /// <summary>One label per window: the maximum over label channels of <see cref="PerChannel"/>.</summary>
    /// <param name="windows">Windows cut from a series of T rows.</param>
    /// <param name="pointLabels">Point labels (T, L).</param>
    /// <returns>Labels (N), each 0 or 1.</returns>
    public static int[] Any(WindowTensor windows, TimeSeriesTable pointLabels)
    {
        var per = PerChannel(windows, pointLabels);
        int l = pointLabels.Columns;
        var result = new int[windows.Count];
        for (int n = 0; n < result.Length; n++)
        {
            for (int j = 0; j < l; j++)
            {
                result[n] |= per[(n * l) + j];
            }
        }

        return result;
    }

    /// <summary>The label of one window from univariate 0/1 point labels of one of the series it was cut from, by <c>windows.Spec.LabelRule</c>.</summary>
    /// <param name="windows">Windows cut by <see cref="WindowCutter"/> (one series, or several joined by <see cref="WindowCutter.CutEach"/>).</param>
    /// <param name="n">Window index, 0 ≤ n &lt; N; the window must come from the series the labels belong to.</param>
    /// <param name="pointLabels">Point labels of that series, one per row (T_r).</param>
    /// <param name="rowOffset">Joined row of the series' row 0 (ΣT of the series before it). Default: 0.</param>
    /// <returns>0 or 1.</returns>
    /// <exception cref="ArgumentException">The window lies outside the labelled series.</exception>
    public static int Of(WindowTensor windows, int n, ReadOnlySpan<int> pointLabels, int rowOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, windows.Count);
        int first = windows.FirstRow[n] - rowOffset, anchor = windows.Anchor[n] - rowOffset, last = pointLabels.Length - 1;
        if ((uint)anchor > (uint)last)
        {
            throw new ArgumentException(
                $"WindowLabels.Of: pointLabels: expected labels covering window {n} (anchor {anchor} of the series at row offset {rowOffset}) but got {pointLabels.Length} rows.",
                nameof(pointLabels));
        }

        switch (windows.Spec.LabelRule)
        {
            case WindowLabelRule.MaxOverWindow:
                int to = Math.Clamp(first + windows.Length - 1, 0, last);
                for (int r = Math.Clamp(first, 0, last); r <= to; r++)
                {
                    if (pointLabels[r] != 0)
                    {
                        return 1;
                    }
                }

                return 0;
            case WindowLabelRule.AnchorPoint:
                return pointLabels[anchor] != 0 ? 1 : 0;
            default:
                throw new ArgumentOutOfRangeException(nameof(windows), windows.Spec.LabelRule,
                    $"WindowLabels.Of: LabelRule: expected one of {string.Join(", ", Enum.GetNames<WindowLabelRule>())} but got {windows.Spec.LabelRule}.");
        }
    }
}
