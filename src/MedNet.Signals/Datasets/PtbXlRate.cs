// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>Which PTB-XL waveform copy to read.</summary>
public enum PtbXlRate
{
    /// <summary><c>records100/</c>: 100 Hz, 1,000 samples (column <c>filename_lr</c>).</summary>
    Hz100,

    /// <summary><c>records500/</c>: 500 Hz, 5,000 samples (column <c>filename_hr</c>).</summary>
    Hz500,
}
