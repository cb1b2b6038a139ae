// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>The outcome for one file.</summary>
/// <param name="File">The registry file.</param>
/// <param name="LocalPath">Where it is on disk.</param>
/// <param name="Status">What happened.</param>
/// <param name="BytesTransferred">Bytes received over the network for this file (0 when already present).</param>
/// <param name="ResumedFromByte">The offset a resumed transfer started at (HTTP Range), or 0.</param>
/// <param name="Attempts">HTTP requests made for the file.</param>
/// <param name="Sha256">SHA-256 of the file on disk (lower-case hex).</param>
public sealed record FileDownloadResult(
    DatasetFile File, string LocalPath, FileDownloadStatus Status, long BytesTransferred, long ResumedFromByte, int Attempts, string Sha256)
{
    /// <summary>Superseded <c>.mismatch</c>/<c>.rejected</c> files beside the verified file, kept for the user to inspect
    /// and delete. Empty when there are none.</summary>
    public IReadOnlyList<string> Leftovers { get; init; } = [];
}
