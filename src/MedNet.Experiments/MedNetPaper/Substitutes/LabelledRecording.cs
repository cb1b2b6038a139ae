// SPDX-License-Identifier: MIT

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>One univariate recording with a recording-level anomaly label and, optionally, point labels.</summary>
/// <remarks>
/// Source: [MEDNET] §5.1 and its code (<c>preprocess.py</c>, <c>ecg_data</c>): the unit of ECG_DATA (one row of a CSV matrix = one recording with one label; see
/// <c>docs/discrepancies.md</c> D-MN-14). The constructor checks every sample, so a NaN or infinity is reported with the
/// recording id and sample index instead of reaching a model.
/// </remarks>
public sealed record LabelledRecording
{
    private readonly float[] _samples = [];
    private readonly BeatMark[]? _beats;

    /// <summary>Creates a recording and checks it.</summary>
    /// <param name="id">Identifier, e.g. "A00001" (CinC 2017) or "100@0" (MIT-BIH record 100, segment 0); not blank.</param>
    /// <param name="samples">The signal, length T ≥ 1, finite values (mV before scaling).</param>
    /// <param name="label">0 = normal, 1 = anomalous.</param>
    /// <param name="pointLabels">Optional per-sample labels, length T, values 0/1. Default: none.</param>
    /// <param name="beats">Optional beat positions inside the recording (0 ≤ sample &lt; T, ascending, symbol not blank). Default: none.</param>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the recording id and the sample index.</exception>
    public LabelledRecording(string id, float[] samples, int label, int[]? pointLabels = null, BeatMark[]? beats = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Length == 0)
        {
            throw new ArgumentException($"LabelledRecording: expected at least one sample but recording '{id}' has 0.", nameof(samples));
        }

        if (label is not (0 or 1))
        {
            throw new ArgumentException($"LabelledRecording: expected label 0 (normal) or 1 (anomalous) but recording '{id}' has {label}.", nameof(label));
        }

        if (pointLabels is not null)
        {
            if (pointLabels.Length != samples.Length)
            {
                throw new ArgumentException(
                    $"LabelledRecording: expected {samples.Length} point labels (one per sample) but recording '{id}' has {pointLabels.Length}.", nameof(pointLabels));
            }

            for (var i = 0; i < pointLabels.Length; i++)
            {
                if (pointLabels[i] is not (0 or 1))
                {
                    throw new ArgumentException(
                        $"LabelledRecording: expected point labels 0 or 1 but recording '{id}' has {pointLabels[i]} at sample index {i}.", nameof(pointLabels));
                }
            }
        }

        Id = id;
        Samples = samples; // checked by the init accessor
        Label = label;
        PointLabels = pointLabels;
        Beats = beats; // checked by the init accessor
    }

    /// <summary>Identifier, e.g. "A00001" or "100@0".</summary>
    public string Id { get; init; }

    /// <summary>The signal, length T, finite values; also checked when replaced with a <c>with</c> expression.</summary>
    /// <exception cref="ArgumentException">A sample is NaN or infinite; the message names the recording id and the sample index.</exception>
    public float[] Samples
    {
        get => _samples;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            for (var i = 0; i < value.Length; i++)
            {
                if (!float.IsFinite(value[i]))
                {
                    throw new ArgumentException(
                        $"LabelledRecording: expected finite samples but recording '{Id}' has {value[i]} at sample index {i}. Clean or drop the recording before building the set.",
                        nameof(Samples));
                }
            }

            _samples = value;
        }
    }

    /// <summary>Recording label: 0 normal, 1 anomalous.</summary>
    public int Label { get; init; }

    /// <summary>Per-sample labels (length T, 0/1), or <see langword="null"/> when only the recording label is known.</summary>
    public int[]? PointLabels { get; init; }

    /// <summary>Beats inside the recording, ascending by sample, or <see langword="null"/> when none are known: MIT-BIH reference
    /// annotations, or R peaks from Pan–Tompkins where the source has none (<see cref="BeatMark.DetectedSymbol"/>).</summary>
    /// <remarks>Checked against <see cref="Samples"/> when set; a <c>with</c> expression that shortens <see cref="Samples"/> must set
    /// <see cref="Beats"/> after it.</remarks>
    /// <exception cref="ArgumentException">A beat outside [0, T), out of order, or with a blank symbol; the message names the recording id and the beat index.</exception>
    public BeatMark[]? Beats
    {
        get => _beats;
        init
        {
            if (value is not null)
            {
                for (var i = 0; i < value.Length; i++)
                {
                    if (value[i].Sample < 0 || value[i].Sample >= _samples.Length)
                    {
                        throw new ArgumentException(
                            $"LabelledRecording: expected beat samples in [0, {_samples.Length}) but recording '{Id}' has beat {i} at {value[i].Sample}.", nameof(Beats));
                    }

                    if (i > 0 && value[i].Sample < value[i - 1].Sample)
                    {
                        throw new ArgumentException(
                            $"LabelledRecording: expected beats in ascending sample order but recording '{Id}' has beat {i} at {value[i].Sample} after {value[i - 1].Sample}.", nameof(Beats));
                    }

                    if (string.IsNullOrWhiteSpace(value[i].Symbol))
                    {
                        throw new ArgumentException($"LabelledRecording: expected a beat symbol but recording '{Id}' has a blank one at beat {i}.", nameof(Beats));
                    }
                }
            }

            _beats = value;
        }
    }

    /// <summary>T, the number of samples.</summary>
    public int Length => Samples.Length;

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: T={Samples.Length}, label {Label}{(PointLabels is null ? "" : ", with point labels")}{(Beats is null ? "" : $", {Beats.Length} beats")}";
}
