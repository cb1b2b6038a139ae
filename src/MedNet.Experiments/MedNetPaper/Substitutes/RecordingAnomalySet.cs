// SPDX-License-Identifier: MIT

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>A recording-level anomaly-detection set: training and test recordings with labels and how they were built.</summary>
/// <remarks>
/// Source: [MEDNET] §5.1, Tables 1–2: the shape of ECG_DATA (train rows, test rows, one label per test row; D-MN-14). The substitutes
/// built here are public stand-ins, not the paper's dataset; <see cref="Notes"/> says how each was made.
/// </remarks>
/// <param name="Name">Human-readable name, e.g. "CinC 2017 AF substitute (N vs A)".</param>
/// <param name="SampleRateHz">Sampling rate of every recording in Hz, &gt; 0.</param>
/// <param name="Train">Training recordings (may hold anomalous ones, as the authors' split does).</param>
/// <param name="Test">Test recordings; no recording id occurs in both lists.</param>
/// <param name="Notes">The construction facts and counts, one line each, for a notebook to print.</param>
public sealed record RecordingAnomalySet(
    string Name, double SampleRateHz, IReadOnlyList<LabelledRecording> Train, IReadOnlyList<LabelledRecording> Test, IReadOnlyList<string> Notes)
{
    /// <summary>Number of anomalous (label 1) training recordings.</summary>
    public int TrainAnomalies => CountAnomalies(Train);

    /// <summary>Number of anomalous (label 1) test recordings.</summary>
    public int TestAnomalies => CountAnomalies(Test);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Name}: {SampleRateHz} Hz, train {Train.Count} recordings ({TrainAnomalies} anomalous), test {Test.Count} ({TestAnomalies} anomalous)";

    private static int CountAnomalies(IReadOnlyList<LabelledRecording> recordings)
    {
        var count = 0;
        foreach (var r in recordings)
        {
            count += r.Label;
        }

        return count;
    }
}
