// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Signals.Download;

/// <summary>Chooses the data root a download writes into.</summary>
/// <remarks>
/// Order (DESIGN.md, as <see cref="DataRoot"/> reads): an explicit root → <c>MEDNET_DATA</c> → the repository's
/// <c>data/</c> → <c>./data</c> outside a checkout. <c>../shared/data</c>, the last read candidate, is never written:
/// it is shared, read-only reference data.
/// </remarks>
public static class DownloadTarget
{
    /// <summary>The data root a download uses when no root is given.</summary>
    /// <param name="startDirectory">Where the repository search starts. Default: current directory.</param>
    /// <returns>A full path; it may not exist yet.</returns>
    public static string DefaultRoot(string? startDirectory = null)
    {
        foreach (var c in DataRoot.Candidates(startDirectory))
        {
            if (c.Source != "../shared/data")
            {
                return c.Path;
            }
        }

        return Path.GetFullPath(Path.Combine(startDirectory ?? Directory.GetCurrentDirectory(), "data"));
    }
}
