// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Windowing;

/// <summary>The one window cutter: cuts a (T, C) series, or several joined end to end, into (N, W, C) windows as a <see cref="WindowSpec"/> says.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2.1, Eq. (4): S_i = X̃[i : i + L]; one-window-per-row handling from DTAAD <c>main.py</c>
/// <c>convert_to_windows</c> (Yu-Lingrui/DTAAD @ 5cd728d), see <see cref="WindowAlignment"/>; beat windows and segments
/// from [MSA] §2.1. Window n holds source rows FirstRow[n] … FirstRow[n] + W − 1; rows outside [0, T) are filled by the
/// spec's <see cref="EdgeRule"/> (the first or last row, or zeros). Bad input: NaN or ∞ in a table throws with row and
/// column (windows never carry a NaN); T = 0 always throws; no window at all throws under <see cref="EdgeRule.Skip"/>.
/// </remarks>
public static class WindowCutter
{
    /// <summary>Cuts a table into windows.</summary>
    /// <param name="series">Normalised series (T, C), NaN-free, T ≥ 1.</param>
    /// <param name="spec">Length, stride, alignment, edges and label rule.</param>
    /// <param name="anchors">Anchor rows in [0, T) for <see cref="WindowAlignment.AtAnchors"/> (e.g. R peaks); empty for the other alignments. Default: none.</param>
    /// <returns>The (N, W, C) windows with each window's first row and anchor.</returns>
    /// <exception cref="ArgumentException">Invalid spec, T = 0, no window under <see cref="EdgeRule.Skip"/>, an anchor outside the series, or a NaN/∞ value.</exception>
    public static WindowTensor Cut(TimeSeriesTable series, WindowSpec spec, ReadOnlySpan<int> anchors = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        Check(spec, anchors, series.Rows, nameof(series));
        ChannelNormaliser.RequireFinite(series, "WindowCutter", nameof(series));
        var plan = WindowPlan.Create(series.Rows, spec, anchors, "WindowCutter", "the series");
        var data = Allocate(plan.Count, spec.Length, series.Columns);
        Fill(new RowSource(series.Values, default, series.Rows, series.Columns, SampleLayout.TimeMajor), plan, 0, spec, data);
        return new WindowTensor(data, plan.Count, spec.Length, series.Columns, plan.FirstRow, plan.Anchor, series.Rows) { Spec = spec, Skipped = plan.Skipped };
    }

    /// <summary>Cuts a flat sample buffer of T rows and C channels into windows.</summary>
    /// <param name="samples">T · C finite samples in <paramref name="layout"/> order, T ≥ 1.</param>
    /// <param name="channels">C ≥ 1; the buffer length must be a multiple of it.</param>
    /// <param name="layout">Order of the buffer: (T, C) time-major or (C, T) lead-major (WFDB records).</param>
    /// <param name="spec">Length, stride, alignment, edges and label rule.</param>
    /// <param name="anchors">Anchor rows in [0, T) for <see cref="WindowAlignment.AtAnchors"/> (e.g. R peaks); empty otherwise. Default: none.</param>
    /// <returns>The (N, W, C) windows, time-major whatever the input layout.</returns>
    /// <exception cref="ArgumentException">Invalid spec, channels or layout, T = 0, no window under <see cref="EdgeRule.Skip"/>, or an anchor outside the series.</exception>
    public static WindowTensor Cut(ReadOnlySpan<float> samples, int channels, SampleLayout layout, WindowSpec spec, ReadOnlySpan<int> anchors = default)
    {
        int rows = Rows(samples.Length, channels, layout, nameof(samples));
        Check(spec, anchors, rows, nameof(samples));
        var plan = WindowPlan.Create(rows, spec, anchors, "WindowCutter", "the series");
        var data = Allocate(plan.Count, spec.Length, channels);
        Fill(new RowSource(default, samples, rows, channels, layout), plan, 0, spec, data);
        return new WindowTensor(data, plan.Count, spec.Length, channels, plan.FirstRow, plan.Anchor, rows) { Spec = spec, Skipped = plan.Skipped };
    }

    /// <summary>Cuts several series, each on its own (no window crosses from one into the next), into one set of windows, series by series.</summary>
    /// <param name="series">Series of T_r rows and C channels each, in <paramref name="layout"/> order, T_r ≥ 1; at least one.</param>
    /// <param name="channels">C ≥ 1, the same for every series.</param>
    /// <param name="layout">Order of each buffer.</param>
    /// <param name="spec">Length, stride, alignment (not <see cref="WindowAlignment.AtAnchors"/>), edges and label rule, the same for every series.</param>
    /// <returns>
    /// The windows of series 0, then series 1, …; rows count in the series joined end to end: FirstRow and Anchor are
    /// offset by the rows of the series before, SourceRows is ΣT_r.
    /// </returns>
    /// <exception cref="ArgumentException">As <see cref="Cut(ReadOnlySpan{float}, int, SampleLayout, WindowSpec, ReadOnlySpan{int})"/> (the series is named by index), or more than <see cref="Array.MaxLength"/> values.</exception>
    public static WindowTensor CutEach(IReadOnlyList<float[]> series, int channels, SampleLayout layout, WindowSpec spec)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid("WindowCutter.CutEach", nameof(spec));
        if (spec.Alignment == WindowAlignment.AtAnchors)
        {
            throw new ArgumentException("WindowCutter.CutEach: Alignment: expected FromStart, EndingBeforeRow or EndingAtRow (anchors belong to one series) but got AtAnchors.", nameof(spec));
        }

        if (series.Count == 0)
        {
            throw new ArgumentException("WindowCutter.CutEach: expected at least one series but got 0.", nameof(series));
        }

        var plans = new WindowPlan[series.Count];
        long total = 0, joined = 0;
        for (int r = 0; r < series.Count; r++)
        {
            ArgumentNullException.ThrowIfNull(series[r], $"{nameof(series)}[{r}]");
            int rows = Rows(series[r].Length, channels, layout, nameof(series));
            plans[r] = WindowPlan.Create(rows, spec, default, "WindowCutter.CutEach", $"series {r}");
            total += plans[r].Count;
            joined += rows;
        }

        if (total * spec.Length * channels > Array.MaxLength || joined > int.MaxValue)
        {
            throw new ArgumentException(
                $"WindowCutter.CutEach: expected at most {Array.MaxLength} window values but {total} windows × W = {spec.Length} × C = {channels} need {total * spec.Length * channels}. Use fewer series or a larger stride.",
                nameof(series));
        }

        int count = (int)total;
        var data = Allocate(count, spec.Length, channels);
        var firstRow = new int[count];
        var anchor = new int[count];
        var skipped = new List<int>();
        int n = 0, offset = 0;
        for (int r = 0; r < series.Count; r++)
        {
            var plan = plans[r];
            int rows = series[r].Length / channels;
            Fill(new RowSource(default, series[r], rows, channels, layout), plan, n, spec, data);
            for (int i = 0; i < plan.Count; i++)
            {
                firstRow[n + i] = plan.FirstRow[i] + offset;
                anchor[n + i] = plan.Anchor[i] + offset;
            }

            foreach (var s in plan.Skipped)
            {
                skipped.Add(s + offset);
            }

            n += plan.Count;
            offset += rows;
        }

        return new WindowTensor(data, count, spec.Length, channels, firstRow, anchor, offset) { Spec = spec, Skipped = [.. skipped] };
    }

    private static void Check(WindowSpec spec, ReadOnlySpan<int> anchors, int rows, string seriesName)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid("WindowCutter", nameof(spec));
        if (rows == 0)
        {
            throw new ArgumentException("WindowCutter: expected at least one row but got T = 0.", seriesName);
        }

        if (spec.Alignment != WindowAlignment.AtAnchors && !anchors.IsEmpty)
        {
            throw new ArgumentException(
                $"WindowCutter: anchors: expected none with Alignment = {spec.Alignment} (it places its own windows) but got {anchors.Length}. Use Alignment = AtAnchors.",
                nameof(anchors));
        }
    }

    private static int Rows(int length, int channels, SampleLayout layout, string name)
    {
        if (channels < 1 || length % channels != 0)
        {
            throw new ArgumentException($"WindowCutter: channels: expected C ≥ 1 dividing the {length} samples but got C = {channels}.", name);
        }

        if (!Enum.IsDefined(layout))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, $"WindowCutter: layout: expected one of {string.Join(", ", Enum.GetNames<SampleLayout>())} but got {layout}.");
        }

        return length / channels;
    }

    private static float[] Allocate(int count, int w, int c)
    {
        long size = (long)count * w * c;
        if (size > Array.MaxLength)
        {
            throw new ArgumentException($"WindowCutter: expected at most {Array.MaxLength} window values but N = {count} × W = {w} × C = {c} need {size}. Use a larger stride.", "spec");
        }

        return new float[size];
    }

    /// <summary>Copies the planned windows into <paramref name="data"/> from window <paramref name="at"/> on, padding as the edge rule says.</summary>
    private static void Fill(RowSource source, WindowPlan plan, int at, WindowSpec spec, float[] data)
    {
        int w = spec.Length, c = source.Channels, t = source.Count;
        bool repeat = spec.Edges == EdgeRule.RepeatEdge;
        for (int i = 0; i < plan.Count; i++)
        {
            var dst = data.AsSpan((at + i) * w * c, w * c); // (W, C)
            int first = plan.FirstRow[i];
            int from = Math.Clamp(-first, 0, w), to = Math.Clamp(t - first, 0, w); // dst rows [from, to) come from the series
            if (to > from)
            {
                source.CopyRows(first + from, to - from, dst.Slice(from * c, (to - from) * c));
            }

            if (repeat)
            {
                for (int k = 0; k < from; k++)
                {
                    source.CopyRows(0, 1, dst.Slice(k * c, c));
                }

                for (int k = Math.Max(from, to); k < w; k++)
                {
                    source.CopyRows(t - 1, 1, dst.Slice(k * c, c));
                }
            }
        }
    }

    /// <summary>Reads rows of a (T, C) double table or a float buffer in either layout as float32.</summary>
    private readonly ref struct RowSource
    {
        private readonly ReadOnlySpan<double> _table;
        private readonly ReadOnlySpan<float> _samples;
        private readonly SampleLayout _layout;

        public RowSource(ReadOnlySpan<double> table, ReadOnlySpan<float> samples, int count, int channels, SampleLayout layout)
        {
            _table = table;
            _samples = samples;
            Count = count;
            Channels = channels;
            _layout = layout;
        }

        public int Count { get; }

        public int Channels { get; }

        /// <summary>Copies rows [row, row + rows) into <paramref name="dst"/> as (rows, C).</summary>
        public void CopyRows(int row, int rows, Span<float> dst)
        {
            int c = Channels;
            if (!_table.IsEmpty)
            {
                var from = _table.Slice(row * c, rows * c);
                for (int j = 0; j < from.Length; j++)
                {
                    dst[j] = (float)from[j];
                }
            }
            else if (_layout == SampleLayout.TimeMajor)
            {
                _samples.Slice(row * c, rows * c).CopyTo(dst);
            }
            else
            {
                for (int ch = 0; ch < c; ch++)
                {
                    var lead = _samples.Slice((ch * Count) + row, rows);
                    for (int k = 0; k < rows; k++)
                    {
                        dst[(k * c) + ch] = lead[k];
                    }
                }
            }
        }
    }
}
