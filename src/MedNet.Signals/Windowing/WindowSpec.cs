// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>How a series of T rows is cut into windows of W rows: length, stride, alignment, edges and label rule, in samples.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2.1, Eq. (4) (sliding windows, stride 1), §4.4 / Appendix (non-overlapping windows for ECG_DATA);
/// [MSA] §2.1 (2.5 s beat windows centred on R peaks, 10 s segments with 50 % overlap). The one parameterisation every
/// dataset and model uses; <see cref="WindowCutter"/> is the one cutter. The named factories give the papers' settings.
/// </remarks>
public sealed record WindowSpec
{
    /// <summary>Window length W in samples, ≥ 1. [MEDNET] §3.4.5: 128 for MED-Net's local TCN; DTAAD's default is 10.</summary>
    public int Length { get; init; } = 10;

    /// <summary>Step between window starts in samples, ≥ 1. Default: 1 (overlapping). W gives non-overlapping windows.</summary>
    /// <remarks>Must be 1 for the one-window-per-row alignments and for <see cref="WindowAlignment.AtAnchors"/>.</remarks>
    public int Stride { get; init; } = 1;

    /// <summary>Where windows are placed. Default: <see cref="WindowAlignment.FromStart"/>.</summary>
    public WindowAlignment Alignment { get; init; } = WindowAlignment.FromStart;

    /// <summary>
    /// With <see cref="WindowAlignment.AtAnchors"/>: the anchor's index inside its window, 0 ≤ o &lt; W. Default (null): ⌊W/2⌋,
    /// the anchor in the middle (2.5 s at 360 Hz: W = 900, R at 450). Must be null for the other alignments, whose anchor is fixed.
    /// </summary>
    public int? AnchorOffset { get; init; }

    /// <summary>Windows that would run past an end of the series. Default: <see cref="EdgeRule.Skip"/>.</summary>
    public EdgeRule Edges { get; init; } = EdgeRule.Skip;

    /// <summary>How point labels become window labels (<see cref="WindowLabels"/>). Default: <see cref="WindowLabelRule.MaxOverWindow"/>.</summary>
    public WindowLabelRule LabelRule { get; init; } = WindowLabelRule.MaxOverWindow;

    /// <summary>Overlapping windows from the series start, stride 1, no padding: N = T − W + 1.</summary>
    /// <param name="length">W in samples, ≥ 1.</param>
    /// <returns>The spec.</returns>
    public static WindowSpec Sliding(int length) => new() { Length = length };

    /// <summary>Non-overlapping windows (stride W) from the series start; a tail shorter than W is dropped and counted.</summary>
    /// <param name="length">W in samples, ≥ 1.</param>
    /// <returns>The spec.</returns>
    public static WindowSpec NonOverlapping(int length) => new() { Length = length, Stride = length };

    /// <summary>DTAAD's windows: one per time step i, ending before row i, left-padded by repeating the first row (N = T), labelled with point i.</summary>
    /// <param name="length">W in samples, ≥ 1.</param>
    /// <returns>The spec.</returns>
    /// <remarks>Source: [DTAAD] <c>main.py</c> <c>convert_to_windows</c>. Differs: D-MN-20.</remarks>
    public static WindowSpec Dtaad(int length) => new()
    {
        Length = length,
        Alignment = WindowAlignment.EndingBeforeRow,
        Edges = EdgeRule.RepeatEdge,
        LabelRule = WindowLabelRule.AnchorPoint,
    };

    /// <summary>Beat windows of <paramref name="seconds"/> centred on each anchor (R peak); beats too near an end are skipped and listed.</summary>
    /// <param name="seconds">Window length in s, &gt; 0. [MSA] §2.1: 2.5.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0 (360 after resampling).</param>
    /// <returns>The spec: W = round(seconds · fs), anchor at ⌊W/2⌋, <see cref="EdgeRule.SkipAllowEmpty"/>, labelled at the anchor.</returns>
    /// <exception cref="ArgumentException">seconds or samplingRate not &gt; 0, or W &lt; 1.</exception>
    public static WindowSpec CentredBeats(double seconds, double samplingRate) => new()
    {
        Length = Samples(seconds, samplingRate, nameof(CentredBeats)),
        Alignment = WindowAlignment.AtAnchors,
        Edges = EdgeRule.SkipAllowEmpty,
        LabelRule = WindowLabelRule.AnchorPoint,
    };

    /// <summary>Fixed segments of <paramref name="seconds"/> from the record start with the given overlap; an uncovered tail is skipped and listed.</summary>
    /// <param name="seconds">Segment length in s, &gt; 0. [MSA] §2.1 for CinC 2017: 10.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="overlap">Fraction of a segment shared with the next, in [0, 1). [MSA]: 0.5.</param>
    /// <returns>The spec: W = round(seconds · fs), stride max(1, round(W · (1 − overlap))), <see cref="EdgeRule.SkipAllowEmpty"/>.</returns>
    /// <exception cref="ArgumentException">seconds or samplingRate not &gt; 0, W &lt; 1, or overlap outside [0, 1).</exception>
    public static WindowSpec Segments(double seconds, double samplingRate, double overlap)
    {
        int w = Samples(seconds, samplingRate, nameof(Segments));
        if (!(overlap >= 0 && overlap < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(overlap), overlap, $"WindowSpec.Segments: overlap: expected a fraction in [0, 1) but got {overlap}.");
        }

        return new WindowSpec { Length = w, Stride = Math.Max(1, (int)Math.Round(w * (1 - overlap))), Edges = EdgeRule.SkipAllowEmpty };
    }

    /// <summary>Returns every problem with these settings, each naming its field; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Length < 1)
        {
            problems.Add($"Length: expected W ≥ 1 but got {Length}.");
        }

        if (Stride < 1)
        {
            problems.Add($"Stride: expected ≥ 1 but got {Stride}.");
        }

        if (!Enum.IsDefined(Alignment))
        {
            problems.Add($"Alignment: expected one of {string.Join(", ", Enum.GetNames<WindowAlignment>())} but got {Alignment}.");
        }
        else if (Alignment != WindowAlignment.FromStart && Stride != 1)
        {
            problems.Add($"Stride: expected 1 with Alignment = {Alignment} (one window per row or anchor) but got {Stride}.");
        }

        if (AnchorOffset is { } offset)
        {
            if (Alignment != WindowAlignment.AtAnchors)
            {
                problems.Add($"AnchorOffset: expected null with Alignment = {Alignment} (its anchor is fixed) but got {offset}.");
            }
            else if (offset < 0 || offset >= Math.Max(1, Length))
            {
                problems.Add($"AnchorOffset: expected 0 ≤ offset < W = {Length} but got {offset}.");
            }
        }

        if (!Enum.IsDefined(Edges))
        {
            problems.Add($"Edges: expected one of {string.Join(", ", Enum.GetNames<EdgeRule>())} but got {Edges}.");
        }

        if (!Enum.IsDefined(LabelRule))
        {
            problems.Add($"LabelRule: expected one of {string.Join(", ", Enum.GetNames<WindowLabelRule>())} but got {LabelRule}.");
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <param name="caller">The operation, for the message (e.g. "WindowCutter.Cut").</param>
    /// <param name="argument">The argument that holds this spec.</param>
    /// <exception cref="ArgumentException">The message lists every problem, each naming its field.</exception>
    public void ThrowIfInvalid(string caller, string argument)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{caller}: invalid window spec: {string.Join(" ", problems)}", argument);
        }
    }

    /// <summary>The anchor's index inside a window: W for <see cref="WindowAlignment.EndingBeforeRow"/>, W − 1 from the start or ending at the row, else the offset.</summary>
    internal int ResolvedAnchorOffset => Alignment switch
    {
        WindowAlignment.EndingBeforeRow => Length,
        WindowAlignment.AtAnchors => AnchorOffset ?? (Length / 2),
        _ => Length - 1,
    };

    private static int Samples(double seconds, double samplingRate, string factory)
    {
        if (!(samplingRate > 0) || !(seconds > 0) || Math.Round(seconds * samplingRate) < 1)
        {
            throw new ArgumentException(
                $"WindowSpec.{factory}: seconds, samplingRate: expected samplingRate > 0 and seconds > 0 giving ≥ 1 sample but got fs = {samplingRate}, seconds = {seconds}.",
                nameof(seconds));
        }

        return (int)Math.Round(seconds * samplingRate);
    }
}
