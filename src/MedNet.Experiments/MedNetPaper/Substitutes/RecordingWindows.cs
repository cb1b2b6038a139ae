// SPDX-License-Identifier: MIT
using MedNet.Signals.Windowing;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>Windows cut from each recording of a list by one <see cref="WindowSpec"/>, in recording-major order, with one label per window.</summary>
/// <remarks>
/// Source: [MEDNET] §6.1 ("Non-overlapping windows") and code, <c>main.py</c> <c>convert_to_windows</c> (3-D branch: W = 10, step = W, per recording, tail dropped:
/// <c>WindowSpec.NonOverlapping(10)</c>). The windows are cut by <see cref="WindowCutter.CutEach"/>; this record adds the
/// recordings' bookkeeping (index, offset, labels).
/// Differs: D-MN-14 — the authors flatten window-major (window 0 of every recording, then window 1, …) but repeat the
/// labels recording-major (<c>np.repeat</c>), so their windows and labels do not line up; here windows and labels are
/// both recording-major: all windows of recording 0, then recording 1, ….
/// Window label: the recording's label when it has no point labels, else the point labels by the spec's
/// <see cref="WindowSpec.LabelRule"/> (max over the window: 1 when any sample of the window is marked). <see cref="Windows"/>
/// treats the recordings as one series joined end to end: <c>FirstRow[n]</c> is the window's first sample in that joined
/// series, <c>Anchor[n]</c> its last, and <c>SourceRows</c> the total number of samples.
/// </remarks>
/// <param name="Windows">The windows (N, W, 1), channel count 1; <c>Windows.Spec</c> is the spec they were cut with.</param>
/// <param name="WindowLabels">Per window, 0 or 1 (N).</param>
/// <param name="RecordingIndex">Per window, the index of its recording in the input list (N).</param>
/// <param name="WindowOffset">Per window, its first sample inside its recording (N).</param>
/// <param name="DroppedSamples">Samples of all recordings after their last window or anchor, as <see cref="WindowTensor.DroppedTailRows"/> counts them per recording (e.g. 9000 mod 10 = 0 per CinC recording).</param>
public sealed record RecordingWindows(WindowTensor Windows, int[] WindowLabels, int[] RecordingIndex, int[] WindowOffset, long DroppedSamples)
{
    /// <summary>Cuts the windows of <paramref name="spec"/> from each recording.</summary>
    /// <param name="recordings">Recordings, at least one, each at least <c>spec.Length</c> samples long.</param>
    /// <param name="spec">The windows; the authors' code: <c>WindowSpec.NonOverlapping(10)</c>. Not <see cref="WindowAlignment.AtAnchors"/>.</param>
    /// <returns>The windows of recording 0, then recording 1, … (⌊(T_r − W) / stride⌋ + 1 each from the start).</returns>
    /// <exception cref="ArgumentException">Invalid spec, no recordings, a recording shorter than one window, or point labels of
    /// another length than the samples (the recording is named).</exception>
    public static RecordingWindows Create(IReadOnlyList<LabelledRecording> recordings, WindowSpec spec)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid("RecordingWindows.Create", nameof(spec));
        if (recordings.Count == 0)
        {
            throw new ArgumentException("RecordingWindows.Create: expected at least one recording but got 0.", nameof(recordings));
        }

        var samples = new float[recordings.Count][];
        for (var r = 0; r < recordings.Count; r++)
        {
            var length = recordings[r].Length;
            if (length < spec.Length)
            {
                throw new ArgumentException(
                    $"RecordingWindows.Create: expected every recording to hold at least one window of {spec.Length} samples but recording '{recordings[r].Id}' (index {r}) has {length}. Drop it or use a shorter window.",
                    nameof(recordings));
            }

            if (recordings[r].PointLabels is { } points && points.Length != length)
            {
                throw new ArgumentException(
                    $"RecordingWindows.Create: expected one point label per sample but recording '{recordings[r].Id}' (index {r}) has {points.Length} for {length} samples. Replace Samples and PointLabels together.",
                    nameof(recordings));
            }

            samples[r] = recordings[r].Samples;
        }

        var windows = WindowCutter.CutEach(samples, 1, SampleLayout.TimeMajor, spec);
        var count = windows.Count;
        var labels = new int[count];
        var owner = new int[count];
        var offsets = new int[count];
        int rec = 0, start = 0, coveredTo = 0; // recording rec spans joined rows [start, start + T_rec)
        long dropped = 0;
        for (var n = 0; n < count; n++)
        {
            while (windows.Anchor[n] >= start + samples[rec].Length)
            {
                dropped += start + samples[rec].Length - coveredTo;
                start += samples[rec].Length;
                coveredTo = start;
                rec++;
            }

            var points = recordings[rec].PointLabels;
            labels[n] = points is null ? recordings[rec].Label : global::MedNet.Signals.Windowing.WindowLabels.Of(windows, n, points, start);
            owner[n] = rec;
            offsets[n] = windows.FirstRow[n] - start;
            coveredTo = Math.Max(coveredTo, Math.Min(start + samples[rec].Length, Math.Max(windows.Anchor[n] + 1, windows.FirstRow[n] + windows.Length)));
        }

        for (; rec < samples.Length; rec++)
        {
            dropped += start + samples[rec].Length - coveredTo;
            start += samples[rec].Length;
            coveredTo = start;
        }

        return new RecordingWindows(windows, labels, owner, offsets, dropped);
    }

    /// <summary>The spec the windows were cut with.</summary>
    public WindowSpec Spec => Windows.Spec;

    /// <summary>N, the number of windows.</summary>
    public int Count => Windows.Count;

    /// <summary>Number of windows labelled 1.</summary>
    public int AnomalousCount
    {
        get
        {
            var count = 0;
            foreach (var l in WindowLabels)
            {
                count += l;
            }

            return count;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"RecordingWindows: N={Count} (W={Windows.Length}, stride {Spec.Stride}), {AnomalousCount} anomalous ({(Count == 0 ? 0 : 100.0 * AnomalousCount / Count):F1} %)";
}
