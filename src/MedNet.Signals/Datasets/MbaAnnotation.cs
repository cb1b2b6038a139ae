// SPDX-License-Identifier: MIT

namespace MedNet.Signals.Datasets;

/// <summary>One beat annotation of the MBA benchmark (<c>labels.csv</c> / <c>labels.xlsx</c>).</summary>
/// <param name="Sample">Sample index of the beat (0-based, 128 Hz).</param>
/// <param name="Symbol">MIT beat symbol: <c>N</c>, <c>V</c> or <c>F</c> in the shipped file.</param>
public sealed record MbaAnnotation(int Sample, string Symbol);
