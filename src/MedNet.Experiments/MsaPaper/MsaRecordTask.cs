// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>The four record-level tasks of [MSA] Table 1 (the fifth, MIT-BIH 5-class, is beat-level: <see cref="MsaBeatData"/>).</summary>
/// <remarks>Source: [MSA] §3.1 B–C and Table 1. Labels: D-MS-51 (PTB-XL), D-MS-53 (CinC 2017).</remarks>
public enum MsaRecordTask
{
    /// <summary>PTB-XL MI vs normal (12 leads, 10 s).</summary>
    PtbXlMiDetection,

    /// <summary>PTB-XL MI wall: anterior / inferior / lateral (12 leads, 10 s).</summary>
    PtbXlMiLocalisation,

    /// <summary>CinC 2017 AF vs every other label (single lead, 10 s segments).</summary>
    CinCAfDetection,

    /// <summary>CinC 2017 N / A / O / ~ (single lead, 10 s segments).</summary>
    CinCRhythm,
}
