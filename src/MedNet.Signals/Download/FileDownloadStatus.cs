// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>What happened to one file during a download.</summary>
public enum FileDownloadStatus
{
    /// <summary>The file was already present and its checksum matched; nothing was transferred.</summary>
    AlreadyVerified,

    /// <summary>The file was already present but the registry has no checksum for it; kept as is.</summary>
    AlreadyPresentUnverified,

    /// <summary>Downloaded and its SHA-256 matched.</summary>
    DownloadedVerified,

    /// <summary>Downloaded; the registry has no checksum, so it could not be verified.</summary>
    DownloadedUnverified,
}
