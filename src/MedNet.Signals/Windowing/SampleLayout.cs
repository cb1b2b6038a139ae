// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>How a flat sample buffer of T rows and C channels is ordered.</summary>
public enum SampleLayout
{
    /// <summary>(T, C) row-major: all channels of row 0, then row 1, … (CSV tables, DTAAD, <c>TimeSeriesTable</c>).</summary>
    TimeMajor,

    /// <summary>(C, T) lead-major: all of lead 0, then lead 1, … (WFDB records as the dataset readers return them).</summary>
    LeadMajor,
}
