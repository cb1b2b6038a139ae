// SPDX-License-Identifier: MIT
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One side of a record-level split: samples of (C + 2)·L values (the C leads, then the QRS and ST-T priors) and the
/// record each sample comes from. <see cref="LabelledSamples.Subjects"/> holds the patient.</summary>
/// <param name="Samples">The samples; subjects are patients.</param>
/// <param name="Records">Record of each sample (a CinC record yields several segments).</param>
public sealed record MsaRecordSet(LabelledSamples Samples, string[] Records)
{
    /// <summary>Samples.</summary>
    public int Count => Samples.Count;

    /// <summary>Samples per class.</summary>
    /// <param name="classes">K.</param>
    /// <returns>Counts.</returns>
    public long[] ClassCounts(int classes)
    {
        var counts = new long[classes];
        foreach (var l in Samples.Labels)
        {
            counts[l]++;
        }

        return counts;
    }
}
