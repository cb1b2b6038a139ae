// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>The training side of a subject-wise split; the only input <c>Balancing.SmoteTomek</c> accepts.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("SMOTE-Tomek is applied only to training folds after the inter-patient split; no synthetic or
/// cleaned samples are used in validation/test"). The constructor is internal: a training fold comes only from
/// <see cref="SubjectFold.Training"/>, which validates the fold against the samples and copies the training rows. The
/// rows are held privately: <see cref="Subjects"/> and <see cref="Labels"/> are read-only, <see cref="Row"/> is a read-only
/// span, and <see cref="CopySamples"/> hands out a copy, so nothing written afterwards reaches the resampler.
/// </remarks>
public sealed class TrainingFold
{
    private readonly LabelledSamples _rows;

    internal TrainingFold(int fold, LabelledSamples rows, IReadOnlyCollection<string> heldOutSubjects)
    {
        Fold = fold;
        _rows = rows;
        HeldOutSubjects = [.. heldOutSubjects];
        Labels = Array.AsReadOnly(rows.Labels);
        Subjects = Array.AsReadOnly(rows.Subjects);
    }

    /// <summary>Fold number (0-based).</summary>
    public int Fold { get; }

    /// <summary>N, the number of training rows.</summary>
    public int Count => _rows.Count;

    /// <summary>F, features per row.</summary>
    public int FeatureCount => _rows.FeatureCount;

    /// <summary>Class per row (read-only).</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The subject of every row (read-only); none of them is in <see cref="HeldOutSubjects"/>.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>Subjects of the held-out side.</summary>
    public IReadOnlyList<string> HeldOutSubjects { get; }

    /// <summary>One row's features (read-only).</summary>
    /// <param name="i">Row index.</param>
    /// <returns>A read-only view of length F.</returns>
    public ReadOnlySpan<float> Row(int i) => _rows.Row(i);

    /// <summary>A copy of the training rows (writing into it does not change this fold).</summary>
    /// <returns>The rows, labels and subjects.</returns>
    public LabelledSamples CopySamples() =>
        new((float[])_rows.Features.Clone(), _rows.FeatureCount, (int[])_rows.Labels.Clone(), (string[])_rows.Subjects.Clone());

    /// <summary>The rows themselves, for the resampler in this assembly (never handed out).</summary>
    internal LabelledSamples Rows => _rows;
}
