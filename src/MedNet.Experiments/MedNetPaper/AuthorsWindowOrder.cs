// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// Lays out test scores the way the authors' code scores ECG_DATA: windows flattened window-major, labels repeated
/// recording-major, so window and label do not belong to the same recording (D-MN-14 (e)–(f)).
/// </summary>
/// <remarks>
/// Source: the authors' <c>main.py</c> <c>convert_to_windows</c> (3-D branch: <c>torch.stack(windows).view(num_windows ·
/// samples, …)</c>) and <c>train_optimized_enhanced_dtaad.py</c> (<c>np.repeat(labels, windows_per_sample)</c>). With R
/// recordings of P windows each, position k = p·R + r holds the score of recording r's window p and the label of
/// recording ⌊k / P⌋. DTAAD's point adjustment then credits a whole run of P "anomalous" positions as soon as one of
/// them, from whichever recording, crosses the threshold. Used to show how much of Tables 1–2 this layout explains.
/// </remarks>
public static class AuthorsWindowOrder
{
    /// <summary>Reorders one score per window (recording-major, as <see cref="RecordingWindows"/>) into the authors' layout.</summary>
    /// <param name="scores">One score per window, recording-major (N).</param>
    /// <param name="windows">The windows the scores belong to.</param>
    /// <param name="recordings">The recordings <paramref name="windows"/> were cut from, in the same order.</param>
    /// <returns>Scores window-major and labels recording-major, both N long.</returns>
    /// <exception cref="ArgumentException">The counts do not match, or the recordings do not all have the same number of windows
    /// (the authors' layout needs equal lengths; the message names the first recording that differs).</exception>
    public static (double[] Scores, double[] Labels) Apply(ReadOnlySpan<double> scores, RecordingWindows windows, IReadOnlyList<LabelledRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(recordings);
        var n = windows.Count;
        var r = recordings.Count;
        if (scores.Length != n || r == 0 || n % r != 0)
        {
            throw new ArgumentException(
                $"AuthorsWindowOrder.Apply: expected one score per window ({n}) and {r} recordings dividing the window count, but got {scores.Length} scores.", nameof(scores));
        }

        var perRecording = n / r;
        for (var i = 0; i < n; i++)
        {
            if (windows.RecordingIndex[i] != i / perRecording)
            {
                var rec = windows.RecordingIndex[i];
                throw new ArgumentException(
                    $"AuthorsWindowOrder.Apply: expected {perRecording} windows per recording (equal lengths) but recording '{recordings[rec].Id}' (index {rec}) differs.", nameof(windows));
            }
        }

        var reordered = new double[n];
        var labels = new double[n];
        for (var p = 0; p < perRecording; p++)
        {
            for (var rec = 0; rec < r; rec++)
            {
                reordered[(p * r) + rec] = scores[(rec * perRecording) + p];
            }
        }

        for (var k = 0; k < n; k++)
        {
            labels[k] = recordings[k / perRecording].Label;
        }

        return (reordered, labels);
    }
}
