// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>One split of samples into training and held-out sides, with no subject on both.</summary>
/// <param name="Fold">Fold number (0-based).</param>
/// <param name="TrainIndices">Sample indices of the training side, ascending.</param>
/// <param name="TestIndices">Sample indices of the held-out side, ascending.</param>
/// <param name="TestSubjects">Subjects on the held-out side, sorted.</param>
public sealed record SubjectFold(int Fold, int[] TrainIndices, int[] TestIndices, string[] TestSubjects)
{
    /// <summary>Copies the training rows into a <see cref="TrainingFold"/> (the input of SMOTE-Tomek).</summary>
    /// <param name="samples">The full sample set the indices refer to.</param>
    /// <returns>The training fold.</returns>
    /// <exception cref="InvalidOperationException">A held-out subject occurs among the training rows (the split does not belong to these samples).</exception>
    public TrainingFold Training(LabelledSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var heldOut = new HashSet<string>(TestSubjects, StringComparer.Ordinal);
        foreach (var i in TrainIndices)
        {
            if (heldOut.Contains(samples.Subjects[i]))
            {
                throw new InvalidOperationException(
                    $"SubjectFold.Training: expected no held-out subject among training rows but sample {i} belongs to '{samples.Subjects[i]}'. Was this fold made from other samples?");
            }
        }

        return new TrainingFold(Fold, samples.Select(TrainIndices), heldOut);
    }

    /// <summary>Copies the held-out rows (validation or test); never resampled.</summary>
    /// <param name="samples">The full sample set the indices refer to.</param>
    /// <returns>The held-out samples.</returns>
    public LabelledSamples Test(LabelledSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.Select(TestIndices);
    }
}
