// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>Fixed-length windows cut from each recording of a list, in recording-major order, with one label per window.</summary>
/// <remarks>
/// Source: [MEDNET] §6.1 ("Non-overlapping windows") and code, <c>main.py</c> <c>convert_to_windows</c> (3-D branch: W = 10, step = W, per recording, tail dropped).
/// Differs: D-MN-14 — the authors flatten window-major (window 0 of every recording, then window 1, …) but repeat the
/// labels recording-major (<c>np.repeat</c>), so their windows and labels do not line up; here windows and labels are
/// both recording-major: all windows of recording 0, then recording 1, ….
/// Window label: the recording's label when it has no point labels, else the maximum point label inside the window
/// (1 when any sample of the window is marked). <see cref="Windows"/> treats the recordings as one series joined end to
/// end: <c>FirstRow[n]</c> is the window's first sample in that joined series, <c>Anchor[n]</c> its last, and
/// <c>SourceRows</c> the total number of samples.
/// </remarks>
/// <param name="Windows">The windows (N, W, 1), channel count 1.</param>
/// <param name="WindowLabels">Per window, 0 or 1 (N).</param>
/// <param name="RecordingIndex">Per window, the index of its recording in the input list (N).</param>
/// <param name="WindowOffset">Per window, its first sample inside its recording (N).</param>
/// <param name="Step">Samples between the starts of consecutive windows of one recording.</param>
/// <param name="DroppedSamples">Samples of all recordings after their last window (e.g. 9000 mod 10 = 0 per CinC recording).</param>
public sealed record RecordingWindows(WindowTensor Windows, int[] WindowLabels, int[] RecordingIndex, int[] WindowOffset, int Step, long DroppedSamples)
{
    /// <summary>Cuts windows of <paramref name="window"/> samples every <paramref name="step"/> samples from each recording.</summary>
    /// <param name="recordings">Recordings, at least one, each at least <paramref name="window"/> samples long.</param>
    /// <param name="window">W, samples per window, ≥ 1. The authors' code: 10.</param>
    /// <param name="step">Samples between window starts, ≥ 1. Default (0): <paramref name="window"/>, non-overlapping as the authors' code.</param>
    /// <returns>⌊(T_r − W) / step⌋ + 1 windows per recording r, recording-major.</returns>
    /// <exception cref="ArgumentException">Bad window or step, no recordings, a recording shorter than one window, or point labels of
    /// another length than the samples (the recording is named).</exception>
    public static RecordingWindows Create(IReadOnlyList<LabelledRecording> recordings, int window, int step = 0)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        if (window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "RecordingWindows.Create: expected a window of at least 1 sample.");
        }

        if (step == 0)
        {
            step = window;
        }

        if (step < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "RecordingWindows.Create: expected a step of at least 1 sample (0 means step = window).");
        }

        if (recordings.Count == 0)
        {
            throw new ArgumentException("RecordingWindows.Create: expected at least one recording but got 0.", nameof(recordings));
        }

        long total = 0;
        for (var r = 0; r < recordings.Count; r++)
        {
            var length = recordings[r].Length;
            if (length < window)
            {
                throw new ArgumentException(
                    $"RecordingWindows.Create: expected every recording to hold at least one window of {window} samples but recording '{recordings[r].Id}' (index {r}) has {length}. Drop it or use a shorter window.",
                    nameof(recordings));
            }

            if (recordings[r].PointLabels is { } points && points.Length != length)
            {
                throw new ArgumentException(
                    $"RecordingWindows.Create: expected one point label per sample but recording '{recordings[r].Id}' (index {r}) has {points.Length} for {length} samples. Replace Samples and PointLabels together.",
                    nameof(recordings));
            }

            total += ((length - window) / step) + 1;
        }

        if (total * window > Array.MaxLength)
        {
            throw new ArgumentException(
                $"RecordingWindows.Create: expected at most {Array.MaxLength} window values but {total} windows × {window} samples need {total * window}. Use fewer recordings or a larger step.",
                nameof(recordings));
        }

        var count = (int)total;
        var data = new float[count * window];
        var labels = new int[count];
        var owner = new int[count];
        var offsets = new int[count];
        var firstRow = new int[count];
        var anchor = new int[count];
        var n = 0;
        long joined = 0, dropped = 0;
        for (var r = 0; r < recordings.Count; r++)
        {
            var rec = recordings[r];
            var samples = rec.Samples;
            var end = 0;
            for (var start = 0; start + window <= samples.Length; start += step)
            {
                end = start + window;
                samples.AsSpan(start, window).CopyTo(data.AsSpan(n * window, window));
                labels[n] = rec.PointLabels is null ? rec.Label : MaxLabel(rec.PointLabels.AsSpan(start, window));
                owner[n] = r;
                offsets[n] = start;
                firstRow[n] = checked((int)(joined + start));
                anchor[n] = firstRow[n] + window - 1;
                n++;
            }

            joined += samples.Length;
            dropped += samples.Length - end;
        }

        var tensor = new WindowTensor(data, count, window, 1, firstRow, anchor, checked((int)joined));
        return new RecordingWindows(tensor, labels, owner, offsets, step, dropped);
    }

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
        $"RecordingWindows: N={Count} (W={Windows.Length}, step {Step}), {AnomalousCount} anomalous ({(Count == 0 ? 0 : 100.0 * AnomalousCount / Count):F1} %)";

    private static int MaxLabel(ReadOnlySpan<int> labels)
    {
        foreach (var l in labels)
        {
            if (l != 0)
            {
                return 1;
            }
        }

        return 0;
    }
}
