// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>A possible data root and the rule that produced it.</summary>
/// <param name="Path">Full path of the folder; it may not exist.</param>
/// <param name="Source">Which resolution rule gave it: <c>MEDNET_DATA</c>, <c>repository data/</c> or <c>../shared/data</c>.</param>
public sealed record DataRootCandidate(string Path, string Source)
{
    /// <summary>Whether the folder exists.</summary>
    public bool Exists => Directory.Exists(Path);
}
