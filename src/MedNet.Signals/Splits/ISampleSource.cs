// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>Samples addressed by index, each with its subject: what a <see cref="SubjectFold"/>'s indices refer to.</summary>
/// <remarks><see cref="LabelledSamples"/> is one; a data set that builds its rows on demand (e.g. beats cut from records)
/// implements it so a fold's training rows can be copied without first copying every sample.</remarks>
public interface ISampleSource
{
    /// <summary>N, the number of samples.</summary>
    int Count { get; }

    /// <summary>The subject (patient or record) sample <paramref name="index"/> came from.</summary>
    /// <param name="index">0 ≤ index &lt; <see cref="Count"/>.</param>
    /// <returns>The subject id.</returns>
    string SubjectOf(int index);

    /// <summary>Copies the listed samples into a new set, in the given order.</summary>
    /// <param name="indices">Sample indices.</param>
    /// <returns>The subset; its <see cref="LabelledSamples.Subjects"/> must be the subjects of those indices.</returns>
    LabelledSamples Select(IReadOnlyList<int> indices);
}
