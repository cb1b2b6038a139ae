// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MedNetPaper;

/// <summary>Which public substitute stands in for the paper's unobtainable ECG_DATA in Tables 1–2 (D-MN-14).</summary>
public enum EcgSubstitute
{
    /// <summary>PhysioNet/CinC 2017: normal (N) vs AF (A) single-lead recordings, 300 Hz (<c>CinC2017AfSubstitute</c>).</summary>
    CinC2017,

    /// <summary>MIT-BIH Arrhythmia: 10 s MLII segments, anomalous when they hold a non-normal beat (<c>MitBihBeatSubstitute</c>).</summary>
    MitBih,
}
