// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>One signal line of a WFDB header: where the samples are stored and how to turn them into physical units.</summary>
/// <param name="FileName">Signal file name relative to the header's folder (e.g. <c>100.dat</c>).</param>
/// <param name="Format">Storage format code (see <see cref="WfdbFormatTable"/>), e.g. 212 or 16.</param>
/// <param name="SamplesPerFrame">Samples of this signal per frame; only 1 is read by <see cref="WfdbReader"/>. Default: 1.</param>
/// <param name="Skew">Skew in frames. Default: 0.</param>
/// <param name="ByteOffset">Bytes to skip at the start of the file (the <c>+24</c> of <c>16+24</c>). Default: 0.</param>
/// <param name="Gain">ADC units per physical unit, &gt; 0. WFDB default when the header gives 0 or nothing: 200.</param>
/// <param name="Baseline">ADC value that maps to 0 physical units. Default: <paramref name="AdcZero"/>.</param>
/// <param name="Units">Physical units. Default: <c>mV</c>.</param>
/// <param name="AdcResolution">ADC resolution in bits. Default: the format's bit depth (12 for 212, 16 for 16).</param>
/// <param name="AdcZero">ADC value at the middle of the input range. Default: 0.</param>
/// <param name="InitialValue">Value of the first sample as the header states it, or <see langword="null"/> if absent.</param>
/// <param name="Checksum">16-bit sum of all samples as the header states it, or <see langword="null"/> if absent.</param>
/// <param name="BlockSize">Block size in bytes (0 for ordinary files). Default: 0.</param>
/// <param name="Description">Lead or signal name, e.g. <c>MLII</c>. Default: empty.</param>
public sealed record WfdbSignalSpec(
    string FileName,
    int Format,
    int SamplesPerFrame,
    int Skew,
    long ByteOffset,
    double Gain,
    int Baseline,
    string Units,
    int AdcResolution,
    int AdcZero,
    int? InitialValue,
    int? Checksum,
    int BlockSize,
    string Description)
{
    /// <summary>Converts one stored sample to physical units.</summary>
    /// <param name="digital">Decoded ADC value.</param>
    /// <returns>(digital − <see cref="Baseline"/>) / <see cref="Gain"/>, e.g. mV.</returns>
    public double ToPhysical(int digital) => (digital - Baseline) / Gain;
}
