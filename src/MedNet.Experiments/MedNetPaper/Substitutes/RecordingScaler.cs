// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;


namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>A fitted <see cref="RecordingScaling"/>: x̃ = (x − Offset) / Scale, per time step, global, or per recording.</summary>
/// <remarks>
/// Source: [MEDNET] code, <c>preprocess.py</c> (<c>ecg_data</c>): <c>(X − X.min(axis=0)) / (np.ptp(X, axis=0) + 1e−4)</c>.
/// Differs: D-MN-14 (fitted on the training recordings only, so no test statistics leak into training).
/// </remarks>
/// <param name="Method">The scaling rule.</param>
/// <param name="Offset">Subtracted value: length T for <see cref="RecordingScaling.PerTimeStepMinMax"/>, 1 for the global rules, 0 otherwise.</param>
/// <param name="Scale">Divisor, same length as <paramref name="Offset"/>, every value &gt; 0.</param>
public sealed record RecordingScaler(RecordingScaling Method, float[] Offset, float[] Scale)
{
    /// <summary>ε added to every min-max range, as the authors' code and DTAAD's <c>normalize3</c>: 1e−4.</summary>
    public const float MinMaxEpsilon = 1e-4f;

    /// <summary>Fits the statistics of <paramref name="method"/> on the training recordings.</summary>
    /// <param name="train">Training recordings, at least one; equal lengths for <see cref="RecordingScaling.PerTimeStepMinMax"/>.</param>
    /// <param name="method">The rule.</param>
    /// <returns>The fitted scaler.</returns>
    /// <exception cref="ArgumentException">No recordings, or unequal lengths for the per-time-step rule (the message names the recording).</exception>
    public static RecordingScaler Fit(IReadOnlyList<LabelledRecording> train, RecordingScaling method)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
        {
            throw new ArgumentException("RecordingScaler.Fit: expected at least one training recording but got 0.", nameof(train));
        }

        switch (method)
        {
            case RecordingScaling.None:
            case RecordingScaling.PerRecordingMinMax:
                return new RecordingScaler(method, [], []);
            case RecordingScaling.PerTimeStepMinMax:
                {
                    var length = train[0].Length;
                    RequireLength(train, length, "RecordingScaler.Fit", nameof(train));
                    var min = (float[])train[0].Samples.Clone();
                    var max = (float[])train[0].Samples.Clone();
                    for (var r = 1; r < train.Count; r++)
                    {
                        TensorPrimitives.Min(min, train[r].Samples, min);
                        TensorPrimitives.Max(max, train[r].Samples, max);
                    }

                    TensorPrimitives.Subtract(max, min, max);
                    TensorPrimitives.Add(max, MinMaxEpsilon, max);
                    return new RecordingScaler(method, min, max);
                }

            case RecordingScaling.GlobalMinMax:
                {
                    float min = float.PositiveInfinity, max = float.NegativeInfinity;
                    foreach (var r in train)
                    {
                        min = Math.Min(min, TensorPrimitives.Min(r.Samples));
                        max = Math.Max(max, TensorPrimitives.Max(r.Samples));
                    }

                    return new RecordingScaler(method, [min], [max - min + MinMaxEpsilon]);
                }

            case RecordingScaling.ZScore:
                {
                    double sum = 0, sumSq = 0;
                    long n = 0;
                    foreach (var r in train)
                    {
                        sum += TensorPrimitives.Sum(r.Samples);
                        n += r.Length;
                    }

                    var mean = sum / n;
                    foreach (var r in train)
                    {
                        foreach (var x in r.Samples)
                        {
                            var d = x - mean;
                            sumSq += d * d;
                        }
                    }

                    var std = Math.Sqrt(sumSq / n);
                    return new RecordingScaler(method, [(float)mean], [std > 0 ? (float)std : 1f]);
                }

            default:
                throw new ArgumentOutOfRangeException(
                    nameof(method), method, $"RecordingScaler.Fit: expected one of {string.Join(", ", Enum.GetNames<RecordingScaling>())}.");
        }
    }

    /// <summary>Scales one recording into a new one (same id, labels and point labels).</summary>
    /// <param name="recording">The recording; length T equal to the fitted length for the per-time-step rule.</param>
    /// <returns>The scaled copy.</returns>
    /// <exception cref="ArgumentException">Wrong length for the per-time-step rule.</exception>
    public LabelledRecording Apply(LabelledRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var x = (float[])recording.Samples.Clone();
        switch (Method)
        {
            case RecordingScaling.None:
                break;
            case RecordingScaling.PerTimeStepMinMax:
                RequireLength([recording], Offset.Length, "RecordingScaler.Apply", nameof(recording));
                TensorPrimitives.Subtract(x, Offset, x);
                TensorPrimitives.Divide(x, Scale, x);
                break;
            case RecordingScaling.GlobalMinMax:
            case RecordingScaling.ZScore:
                TensorPrimitives.Subtract(x, Offset[0], x);
                TensorPrimitives.Divide(x, Scale[0], x);
                break;
            case RecordingScaling.PerRecordingMinMax:
                {
                    var min = TensorPrimitives.Min(x);
                    TensorPrimitives.Subtract(x, min, x);
                    TensorPrimitives.Divide(x, TensorPrimitives.Max(x) + MinMaxEpsilon, x);
                    break;
                }

            default:
                throw new InvalidOperationException($"RecordingScaler.Apply: expected one of {string.Join(", ", Enum.GetNames<RecordingScaling>())} but got {Method}.");
        }

        return recording with { Samples = x };
    }

    /// <summary>Scales every recording.</summary>
    /// <param name="recordings">Recordings to scale.</param>
    /// <returns>Scaled copies in the same order.</returns>
    public IReadOnlyList<LabelledRecording> Apply(IReadOnlyList<LabelledRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        var list = new LabelledRecording[recordings.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Apply(recordings[i]);
        }

        return list;
    }

    /// <summary>One line saying what the scaler does and where its statistics come from, for a set's notes.</summary>
    /// <returns>A sentence.</returns>
    public string Describe() => Method switch
    {
        RecordingScaling.None => "Scaling: none (values in mV).",
        RecordingScaling.PerTimeStepMinMax =>
            $"Scaling: the authors' per-time-step min-max (x − min_t) / (max_t − min_t + 1e-4) over {Offset.Length} time steps, statistics from the training recordings only (the authors used all rows, test included).",
        RecordingScaling.GlobalMinMax => $"Scaling: global min-max from the training recordings, min {Offset[0]:G5} mV, range + 1e-4 = {Scale[0]:G5} mV.",
        RecordingScaling.PerRecordingMinMax => "Scaling: each recording by its own min and max (+ 1e-4); no statistics shared between recordings.",
        RecordingScaling.ZScore => $"Scaling: z-score from the training recordings, mean {Offset[0]:G5} mV, std {Scale[0]:G5} mV.",
        _ => throw new InvalidOperationException($"RecordingScaler.Describe: expected one of {string.Join(", ", Enum.GetNames<RecordingScaling>())} but got {Method}."),
    };

    private static void RequireLength(IReadOnlyList<LabelledRecording> recordings, int length, string op, string param)
    {
        foreach (var r in recordings)
        {
            if (r.Length != length)
            {
                throw new ArgumentException(
                    $"{op}: expected every recording to have {length} samples for per-time-step scaling but '{r.Id}' has {r.Length}. Use a fixed-length rule or another scaling.",
                    param);
            }
        }
    }
}
