// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>One row of [MSA] Table 2: its label as printed and the configuration that builds it.</summary>
/// <param name="Id">Stable key, e.g. <c>baseline</c>, <c>guided</c>.</param>
/// <param name="Label">The row as Table 2 prints it, e.g. "+ Attention (Channel)".</param>
/// <param name="Config">The network of that row.</param>
/// <param name="HighFrequencyPreservation">Whether the row's data use the high-frequency-preserving preprocessing (a data switch; the network is unchanged).</param>
public sealed record MsaLadderRow(string Id, string Label, MsaClassifierConfig Config, bool HighFrequencyPreservation);
