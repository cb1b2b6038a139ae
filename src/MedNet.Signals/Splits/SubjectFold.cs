// SPDX-License-Identifier: MIT
using System.Collections.ObjectModel;

namespace MedNet.Signals.Splits;

/// <summary>One split of samples into training and held-out sides, with no subject on both.</summary>
/// <remarks>
/// Immutable and checked at construction: both sides non-empty, indices ≥ 0 and unique, the two sides disjoint, at least
/// one held-out subject and none listed twice. The index lists are read-only copies (writing into an array handed to
/// the constructor later changes nothing). Against the samples, <see cref="Validate"/> and <see cref="Training"/> check that
/// every index is in range and no training row's subject is held out, so a fold cannot be applied to samples it was not
/// made from. The guard stops a fold from being widened or rewired through the public API; it cannot
/// stop a caller who copies test rows into a training set by hand (see docs/bad-input.md).
/// </remarks>
public sealed class SubjectFold
{
    private readonly int[] _train;
    private readonly int[] _test;
    private readonly string[] _testSubjects;

    /// <summary>Creates a fold.</summary>
    /// <param name="fold">Fold number (0-based).</param>
    /// <param name="trainIndices">Sample indices of the training side (copied; kept in the given order).</param>
    /// <param name="testIndices">Sample indices of the held-out side (copied).</param>
    /// <param name="testSubjects">Subjects on the held-out side (copied).</param>
    /// <exception cref="ArgumentException">A side is empty, an index is negative or repeated, the sides share an index, or the
    /// held-out subjects are empty or repeated; the message names the argument and the first offending value.</exception>
    public SubjectFold(int fold, IReadOnlyList<int> trainIndices, IReadOnlyList<int> testIndices, IReadOnlyList<string> testSubjects)
    {
        ArgumentNullException.ThrowIfNull(trainIndices);
        ArgumentNullException.ThrowIfNull(testIndices);
        ArgumentNullException.ThrowIfNull(testSubjects);
        ArgumentOutOfRangeException.ThrowIfNegative(fold);
        _train = [.. trainIndices];
        _test = [.. testIndices];
        _testSubjects = [.. testSubjects];
        if (_train.Length == 0 || _test.Length == 0)
        {
            throw new ArgumentException(
                $"SubjectFold: expected a non-empty training side and a non-empty held-out side but got {_train.Length} training and {_test.Length} held-out indices " +
                "(a fold without a held-out side would let every sample, test ones included, reach the resampler).",
                _train.Length == 0 ? nameof(trainIndices) : nameof(testIndices));
        }

        if (_testSubjects.Length == 0)
        {
            throw new ArgumentException("SubjectFold: expected at least one held-out subject but got none.", nameof(testSubjects));
        }

        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in _testSubjects)
        {
            if (s is null || !subjects.Add(s))
            {
                throw new ArgumentException($"SubjectFold: expected distinct, non-null held-out subjects but '{s}' is null or repeated.", nameof(testSubjects));
            }
        }

        var seen = new HashSet<int>();
        foreach (var i in _train)
        {
            if (i < 0 || !seen.Add(i))
            {
                throw new ArgumentException($"SubjectFold: expected distinct training indices ≥ 0 but {i} is negative or repeated.", nameof(trainIndices));
            }
        }

        var seenTest = new HashSet<int>();
        foreach (var i in _test)
        {
            if (i < 0 || !seenTest.Add(i))
            {
                throw new ArgumentException($"SubjectFold: expected distinct held-out indices ≥ 0 but {i} is negative or repeated.", nameof(testIndices));
            }

            if (seen.Contains(i))
            {
                throw new ArgumentException($"SubjectFold: expected disjoint training and held-out sides but sample {i} is on both.", nameof(testIndices));
            }
        }

        Fold = fold;
        TrainIndices = new ReadOnlyCollection<int>(_train);
        TestIndices = new ReadOnlyCollection<int>(_test);
        TestSubjects = new ReadOnlyCollection<string>(_testSubjects);
    }

    /// <summary>Fold number (0-based).</summary>
    public int Fold { get; }

    /// <summary>Sample indices of the training side (read-only).</summary>
    public IReadOnlyList<int> TrainIndices { get; }

    /// <summary>Sample indices of the held-out side (read-only).</summary>
    public IReadOnlyList<int> TestIndices { get; }

    /// <summary>Subjects on the held-out side (read-only).</summary>
    public IReadOnlyList<string> TestSubjects { get; }

    /// <summary>Checks this fold against the samples its indices refer to.</summary>
    /// <param name="samples">The full sample set.</param>
    /// <exception cref="InvalidOperationException">An index is out of range, or a training row belongs to a held-out subject
    /// (the fold does not belong to these samples). Held-out rows are not required to carry a listed subject: de Chazal's
    /// DS1 → DS2 split is by record, and records 201 and 202 (one patient) sit on opposite sides.</exception>
    public void Validate(ISampleSource samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var heldOut = new HashSet<string>(_testSubjects, StringComparer.Ordinal);
        foreach (var i in _train)
        {
            if (i >= samples.Count)
            {
                throw new InvalidOperationException($"SubjectFold.Validate: expected training indices below {samples.Count} (the samples' count) but got {i}.");
            }

            if (heldOut.Contains(samples.SubjectOf(i)))
            {
                throw new InvalidOperationException(
                    $"SubjectFold: expected no held-out subject among training rows but sample {i} belongs to '{samples.SubjectOf(i)}'. Was this fold made from other samples?");
            }
        }

        foreach (var i in _test)
        {
            if (i >= samples.Count)
            {
                throw new InvalidOperationException($"SubjectFold.Validate: expected held-out indices below {samples.Count} (the samples' count) but got {i}.");
            }
        }
    }

    /// <summary>Copies the training rows into a <see cref="TrainingFold"/> (the input of SMOTE-Tomek), after <see cref="Validate"/>.</summary>
    /// <param name="samples">The full sample set the indices refer to.</param>
    /// <returns>The training fold.</returns>
    /// <exception cref="InvalidOperationException">The fold does not belong to these samples (see <see cref="Validate"/>), or the
    /// source's copied rows carry other subjects than it reports per index.</exception>
    public TrainingFold Training(ISampleSource samples)
    {
        Validate(samples);
        var rows = samples.Select(TrainIndices);
        if (rows.Count != _train.Length)
        {
            throw new InvalidOperationException($"SubjectFold.Training: expected {_train.Length} training rows from the source but got {rows.Count}.");
        }

        for (var k = 0; k < rows.Count; k++)
        {
            if (!string.Equals(rows.Subjects[k], samples.SubjectOf(_train[k]), StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"SubjectFold.Training: expected row {k} to carry subject '{samples.SubjectOf(_train[k])}' of sample {_train[k]} but it carries '{rows.Subjects[k]}'.");
            }
        }

        return new TrainingFold(Fold, rows, _testSubjects);
    }

    /// <summary>Copies the held-out rows (validation or test); never resampled.</summary>
    /// <param name="samples">The full sample set the indices refer to.</param>
    /// <returns>The held-out samples.</returns>
    public LabelledSamples Test(ISampleSource samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.Select(TestIndices);
    }
}
