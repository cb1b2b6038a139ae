// SPDX-License-Identifier: MIT
using MedNet.Signals.Beats;

namespace MedNet.Signals.Datasets;

/// <summary>One reference beat of an MIT-BIH record with its AAMI class.</summary>
/// <param name="Sample">Sample index of the beat annotation (R peak), 0-based at 360 Hz.</param>
/// <param name="Symbol">MIT-BIH beat symbol, e.g. "N", "V".</param>
/// <param name="Class">AAMI class of the symbol.</param>
public readonly record struct MitBihBeat(long Sample, string Symbol, AamiClass Class);
