// SPDX-License-Identifier: MIT

namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>Runs DTAAD's <c>pot_eval</c> per channel, averages over channels, and on the channel-mean score.</summary>
/// <remarks>Source: [DTAAD] <c>main.py</c> (test branch: per-dimension <c>pot_eval</c>, then <c>pot_eval</c> on
/// <c>mean(loss, axis=1)</c> with <c>labelsFinal = any(labels)</c>); [MEDNET] §5.2.</remarks>
public static class MultichannelPot
{
    /// <summary>Evaluates score matrices laid out (T, C) row-major.</summary>
    /// <param name="trainScores">Calibration scores, (T_train, C) row-major.</param>
    /// <param name="testScores">Test scores, (T, C) row-major.</param>
    /// <param name="labels">Point labels, (T, C) row-major; &gt; 0.1 is anomalous.</param>
    /// <param name="channels">C ≥ 1.</param>
    /// <param name="parameters">POT parameters, e.g. <see cref="PotParameters.Mba"/>.</param>
    /// <returns>Per-channel, averaged and combined results.</returns>
    /// <exception cref="ArgumentException">A matrix length is not a multiple of <paramref name="channels"/>, test scores and labels
    /// differ in shape (the message gives both as (rows, channels)), or a score or label is NaN/∞ (the message names the matrix,
    /// row and channel).</exception>
    public static MultichannelPotResult Evaluate(ReadOnlySpan<double> trainScores, ReadOnlySpan<double> testScores, ReadOnlySpan<double> labels, int channels, PotParameters parameters)
    {
        if (channels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "MultichannelPot: expected at least one channel.");
        }

        CheckShape(trainScores.Length, channels, nameof(trainScores));
        CheckShape(testScores.Length, channels, nameof(testScores));
        if (labels.Length != testScores.Length)
        {
            var shape = labels.Length % channels == 0 ? $"({labels.Length / channels}, {channels})" : $"{labels.Length} values, not a multiple of C = {channels}";
            throw new ArgumentException(
                $"MultichannelPot: expected labels of shape ({testScores.Length / channels}, {channels}) like the test scores but got {labels.Length} values = {shape}. " +
                "Labels are one row per scored window and one column per channel; repeat a single label column for every channel and drop rows the windows do not score.",
                nameof(labels));
        }

        RequireFinite(trainScores, channels, nameof(trainScores));
        RequireFinite(testScores, channels, nameof(testScores));
        RequireFinite(labels, channels, nameof(labels));

        var perChannel = new PotResult[channels];
        for (var c = 0; c < channels; c++)
        {
            perChannel[c] = PeaksOverThreshold.Evaluate(Column(trainScores, channels, c), Column(testScores, channels, c), Column(labels, channels, c), parameters);
        }

        var combined = PeaksOverThreshold.Evaluate(RowMean(trainScores, channels), RowMean(testScores, channels), RowAny(labels, channels), parameters);
        return new MultichannelPotResult(perChannel, Average(perChannel, adjusted: true), Average(perChannel, adjusted: false), combined);
    }

    private static ChannelAverage Average(PotResult[] results, bool adjusted)
    {
        double f1 = 0, p = 0, r = 0, tp = 0, tn = 0, fp = 0, fn = 0, th = 0, bin = 0, sc = 0;
        int nBin = 0, nSc = 0;
        foreach (var res in results)
        {
            var m = adjusted ? res.Adjusted : res.Raw;
            f1 += m.F1;
            p += m.Precision;
            r += m.Recall;
            tp += m.Counts.TruePositives;
            tn += m.Counts.TrueNegatives;
            fp += m.Counts.FalsePositives;
            fn += m.Counts.FalseNegatives;
            th += m.Threshold;
            if (m.BinaryRocAuc is { } b)
            {
                bin += b;
                nBin++;
            }

            if (m.ScoreRocAuc is { } s)
            {
                sc += s;
                nSc++;
            }
        }

        double n = results.Length;
        return new ChannelAverage(f1 / n, p / n, r / n, tp / n, tn / n, fp / n, fn / n,
            nBin > 0 ? bin / nBin : null, nSc > 0 ? sc / nSc : null, th / n, adjusted);
    }

    private static void CheckShape(int length, int channels, string name)
    {
        if (length % channels != 0 || length == 0)
        {
            throw new ArgumentException($"MultichannelPot: expected a non-empty (T, {channels}) row-major matrix but {name} has {length} values.", name);
        }
    }

    private static void RequireFinite(ReadOnlySpan<double> m, int channels, string name)
    {
        for (var i = 0; i < m.Length; i++)
        {
            if (!double.IsFinite(m[i]))
            {
                throw new ArgumentException(
                    $"MultichannelPot: expected finite values but {name} holds {m[i]} at row {i / channels}, channel {i % channels} (0-based). Check the model's input for NaN.",
                    name);
            }
        }
    }

    private static double[] Column(ReadOnlySpan<double> m, int channels, int c)
    {
        var col = new double[m.Length / channels];
        for (var t = 0; t < col.Length; t++)
        {
            col[t] = m[(t * channels) + c];
        }

        return col;
    }

    private static double[] RowMean(ReadOnlySpan<double> m, int channels)
    {
        var mean = new double[m.Length / channels];
        for (var t = 0; t < mean.Length; t++)
        {
            double s = 0;
            for (var c = 0; c < channels; c++)
            {
                s += m[(t * channels) + c];
            }

            mean[t] = s / channels;
        }

        return mean;
    }

    private static double[] RowAny(ReadOnlySpan<double> m, int channels)
    {
        var any = new double[m.Length / channels];
        for (var t = 0; t < any.Length; t++)
        {
            double s = 0;
            for (var c = 0; c < channels; c++)
            {
                s += m[(t * channels) + c];
            }

            any[t] = s >= 1 ? 1 : 0;
        }

        return any;
    }
}
