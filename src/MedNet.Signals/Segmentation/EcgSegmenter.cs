// SPDX-License-Identifier: MIT
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Segmentation;

/// <summary>Cuts lead-major ECG records into beat windows around R peaks, or into fixed segments, with the one <see cref="WindowCutter"/>.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("extracting 2.5-second windows centered on each R-peak"; PhysioNet 2017 "10-s segments (overlap = 50%)").
/// The window arithmetic is the spec's: <see cref="WindowSpec.CentredBeats"/> gives W = round(seconds · fs) samples starting
/// at r − ⌊W/2⌋, so the R peak sits at index ⌊W/2⌋ (2.5 s at 360 Hz: W = 900, R at 450); <see cref="WindowSpec.Segments"/>
/// gives starts 0, hop, 2·hop, … with hop = round(W · (1 − overlap)), the uncovered tail skipped and listed (or, with a
/// padding <see cref="EdgeRule"/>, covered by one final padded segment). This class only adds what ECG records need: the
/// lead-major layout and R peaks as anchors.
/// </remarks>
public static class EcgSegmenter
{
    /// <summary>One window per R peak, placed by <paramref name="spec"/> (e.g. <c>WindowSpec.CentredBeats(2.5, 360)</c>).</summary>
    /// <param name="record">Samples (C, L) lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="rPeaks">R-peak sample indices (any order; each must lie in [0, L)).</param>
    /// <param name="spec">A spec with <see cref="WindowAlignment.AtAnchors"/>; its edge rule decides peaks too near an end.</param>
    /// <returns>The (N, W, C) beat windows; <c>Anchor[n]</c> is the R peak, <c>Skipped</c> the peaks left out.</returns>
    /// <exception cref="ArgumentException">The spec does not place windows at anchors, a peak lies outside the record, or the record is not (C, L).</exception>
    public static WindowTensor BeatWindows(ReadOnlySpan<float> record, int leads, ReadOnlySpan<int> rPeaks, WindowSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Alignment != WindowAlignment.AtAnchors)
        {
            throw new ArgumentException(
                $"EcgSegmenter.BeatWindows: spec.Alignment: expected AtAnchors (one window per R peak) but got {spec.Alignment}. Use WindowSpec.CentredBeats.",
                nameof(spec));
        }

        return WindowCutter.Cut(record, leads, SampleLayout.LeadMajor, spec, rPeaks);
    }

    /// <summary>Fixed segments from the record start, placed by <paramref name="spec"/> (e.g. <c>WindowSpec.Segments(10, 300, 0.5)</c>).</summary>
    /// <param name="record">Samples (C, L) lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="spec">A spec with <see cref="WindowAlignment.FromStart"/>; its edge rule decides the tail and short records.</param>
    /// <returns>The (N, W, C) segments; <c>FirstRow[n]</c> is the segment's start, <c>Skipped</c> the start of an uncovered tail.</returns>
    /// <exception cref="ArgumentException">The spec does not place windows from the start, or the record is not (C, L).</exception>
    public static WindowTensor FixedSegments(ReadOnlySpan<float> record, int leads, WindowSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Alignment != WindowAlignment.FromStart)
        {
            throw new ArgumentException(
                $"EcgSegmenter.FixedSegments: spec.Alignment: expected FromStart but got {spec.Alignment}. Use WindowSpec.Segments.", nameof(spec));
        }

        return WindowCutter.Cut(record, leads, SampleLayout.LeadMajor, spec);
    }
}
