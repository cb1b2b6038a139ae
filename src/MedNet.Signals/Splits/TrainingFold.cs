// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>The training side of a subject-wise split; the only input <c>Balancing.SmoteTomek</c> accepts.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("SMOTE-Tomek is applied only to training folds after the inter-patient split; no synthetic or
/// cleaned samples are used in validation/test"). The constructor is internal: a training fold can only come from
/// <see cref="SubjectFold.Training"/>, which copies the training rows, so test or validation samples cannot reach the
/// resampler by construction.
/// </remarks>
public sealed class TrainingFold
{
    internal TrainingFold(int fold, LabelledSamples samples, IReadOnlyCollection<string> heldOutSubjects)
    {
        Fold = fold;
        Samples = samples;
        HeldOutSubjects = heldOutSubjects;
    }

    /// <summary>Fold number (0-based).</summary>
    public int Fold { get; }

    /// <summary>The training samples (a copy).</summary>
    public LabelledSamples Samples { get; }

    /// <summary>Subjects of the held-out side; none of them appears in <see cref="Samples"/>.</summary>
    public IReadOnlyCollection<string> HeldOutSubjects { get; }
}
