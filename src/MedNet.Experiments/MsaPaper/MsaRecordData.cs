// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>A record-level [MSA] task's data after preprocessing, split into training, validation and test sides.</summary>
/// <param name="Task">The task.</param>
/// <param name="ClassNames">Class names, index = label.</param>
/// <param name="Positive">The positive class of a binary task, or null (multi-class: macro metrics).</param>
/// <param name="Leads">C (12 for PTB-XL, 1 for CinC).</param>
/// <param name="Length">L, samples per input (10 s at <paramref name="SamplingRate"/>).</param>
/// <param name="SamplingRate">Rate of the inputs in Hz.</param>
/// <param name="Train">Training side.</param>
/// <param name="Validation">Validation side (held out; the fixed-epoch training does not use it, D-MS-50).</param>
/// <param name="Test">Test side.</param>
/// <param name="Notes">What was read, dropped and how it was split.</param>
public sealed record MsaRecordData(
    MsaRecordTask Task, IReadOnlyList<string> ClassNames, int? Positive, int Leads, int Length, double SamplingRate,
    MsaRecordSet Train, MsaRecordSet Validation, MsaRecordSet Test, IReadOnlyList<string> Notes)
{
    /// <summary>Channels per sample row: the leads and the two priors.</summary>
    public int Channels => Leads + 2;
}
