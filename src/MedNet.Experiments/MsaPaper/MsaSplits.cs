// SPDX-License-Identifier: MIT
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The two split protocols over a <see cref="MsaBeatData"/>: de Chazal's DS1 → DS2 and subject-wise stratified k-fold.</summary>
/// <remarks>Source: [MSA] §3.1 A; de Chazal et al. 2004. Differs: D-MS-09.</remarks>
public static class MsaSplits
{
    /// <summary>The folds of a protocol.</summary>
    /// <param name="data">The beats.</param>
    /// <param name="protocol">Inter-patient DS1 → DS2 (one fold) or subject k-fold.</param>
    /// <param name="folds">k for <see cref="MsaProtocol.SubjectKFold"/> (paper: 10); ignored otherwise.</param>
    /// <param name="seed">Seed of the fold assignment.</param>
    /// <returns>The folds; indices refer to the beats of <paramref name="data"/>.</returns>
    /// <exception cref="InvalidOperationException">A side is empty (the loaded records miss DS1 or DS2, or have fewer subjects than folds).</exception>
    public static IReadOnlyList<SubjectFold> Folds(MsaBeatData data, MsaProtocol protocol, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        IReadOnlyList<SubjectFold> result;
        if (protocol == MsaProtocol.InterPatient)
        {
            var records = new string[data.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = data.RecordOf(i);
            }

            result = [DeChazalSplit.AsFold(records)];
        }
        else
        {
            var subjects = new string[data.Count];
            for (var i = 0; i < subjects.Length; i++)
            {
                subjects[i] = data.SubjectOf(i);
            }

            result = SubjectStratifiedKFold.Split(subjects, data.Labels, folds, seed);
        }

        foreach (var f in result)
        {
            if (f.TrainIndices.Count == 0 || f.TestIndices.Count == 0)
            {
                throw new InvalidOperationException(
                    $"MsaSplits: fold {f.Fold} of {protocol} has {f.TrainIndices.Count} training and {f.TestIndices.Count} test beats; " +
                    $"load records of both sides (DS1: {string.Join(" ", DeChazalSplit.DS1)}; DS2: {string.Join(" ", DeChazalSplit.DS2)}).");
            }
        }

        return result;
    }
}
