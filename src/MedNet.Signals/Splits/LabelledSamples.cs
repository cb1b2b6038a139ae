// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>Feature vectors with a class label and the subject (patient or record) each came from.</summary>
/// <param name="Features">Row-major (N, F) features: sample i is <c>Features[i·F .. (i+1)·F)</c>.</param>
/// <param name="FeatureCount">F ≥ 1.</param>
/// <param name="Labels">Class per sample (N), ≥ 0.</param>
/// <param name="Subjects">Subject id per sample (N): an MIT-BIH record name, a PTB-XL patient_id, a CinC record.</param>
public sealed record LabelledSamples(float[] Features, int FeatureCount, int[] Labels, string[] Subjects) : ISampleSource
{
    /// <summary>N, the number of samples.</summary>
    public int Count => Labels.Length;

    /// <inheritdoc/>
    public string SubjectOf(int index) => Subjects[index];

    /// <summary>One sample's features.</summary>
    /// <param name="i">Sample index.</param>
    /// <returns>A view of length F.</returns>
    public ReadOnlySpan<float> Row(int i) => Features.AsSpan(i * FeatureCount, FeatureCount);

    /// <summary>Returns every inconsistency in the shapes; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (FeatureCount < 1)
        {
            p.Add($"FeatureCount: expected ≥ 1 but got {FeatureCount}.");
        }
        else if (Features.Length != (long)Labels.Length * FeatureCount)
        {
            p.Add($"Features: expected N·F = {Labels.Length}·{FeatureCount} values but got {Features.Length}.");
        }

        if (Subjects.Length != Labels.Length)
        {
            p.Add($"Subjects: expected one per sample ({Labels.Length}) but got {Subjects.Length}.");
        }

        foreach (var l in Labels)
        {
            if (l < 0)
            {
                p.Add($"Labels: expected class indices ≥ 0 but got {l}.");
                break;
            }
        }

        return p;
    }

    /// <summary>Copies the listed samples into a new set.</summary>
    /// <param name="indices">Sample indices.</param>
    /// <returns>The subset, in the given order.</returns>
    public LabelledSamples Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var f = new float[indices.Count * FeatureCount];
        var l = new int[indices.Count];
        var s = new string[indices.Count];
        for (int k = 0; k < indices.Count; k++)
        {
            int i = indices[k];
            Row(i).CopyTo(f.AsSpan(k * FeatureCount, FeatureCount));
            l[k] = Labels[i];
            s[k] = Subjects[i];
        }

        return new LabelledSamples(f, FeatureCount, l, s);
    }
}
