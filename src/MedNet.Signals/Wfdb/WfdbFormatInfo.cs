// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>How one WFDB storage format packs samples: a block of <see cref="BytesPerBlock"/> bytes holds <see cref="SamplesPerBlock"/> samples.</summary>
/// <param name="Code">Format code as written in the header, e.g. 212.</param>
/// <param name="BitsPerSample">Bits per stored sample; the default ADC resolution.</param>
/// <param name="SamplesPerBlock">Samples in one packing block (2 for 212, 1 for byte-aligned formats).</param>
/// <param name="BytesPerBlock">Bytes in one packing block (3 for 212).</param>
/// <param name="MinValue">Smallest decodable value.</param>
/// <param name="MaxValue">Largest decodable value.</param>
/// <param name="Description">What the layout is, in the spec's words.</param>
public sealed record WfdbFormatInfo(int Code, int BitsPerSample, int SamplesPerBlock, int BytesPerBlock, int MinValue, int MaxValue, string Description);
