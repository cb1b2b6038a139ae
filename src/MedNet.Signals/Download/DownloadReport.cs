// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>The outcome of downloading a dataset.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Folder">Local dataset folder.</param>
/// <param name="Files">One result per file, in registry order.</param>
public sealed record DownloadReport(string Dataset, string Folder, IReadOnlyList<FileDownloadResult> Files)
{
    /// <summary>Counts per status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many files ended with it.</returns>
    public int Count(FileDownloadStatus status)
    {
        int n = 0;
        foreach (var f in Files)
        {
            n += f.Status == status ? 1 : 0;
        }

        return n;
    }

    /// <summary>Every superseded <c>.mismatch</c>/<c>.rejected</c> file kept beside a verified file.</summary>
    public IReadOnlyList<string> Leftovers
    {
        get
        {
            var list = new List<string>();
            foreach (var f in Files)
            {
                list.AddRange(f.Leftovers);
            }

            return list;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Dataset} → {Folder}: downloaded+verified {Count(FileDownloadStatus.DownloadedVerified)}, downloaded unverified (no checksum known) " +
        $"{Count(FileDownloadStatus.DownloadedUnverified)}, already verified {Count(FileDownloadStatus.AlreadyVerified)}, already present unverified " +
        $"{Count(FileDownloadStatus.AlreadyPresentUnverified)}" +
        (Leftovers.Count > 0 ? $"; {Leftovers.Count} superseded .mismatch/.rejected files kept (listed above)" : string.Empty);
}
