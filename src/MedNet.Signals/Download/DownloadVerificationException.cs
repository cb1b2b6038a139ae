// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>A downloaded file whose SHA-256 differs from the registry's; the bad copy was renamed to <see cref="RejectedPath"/>.</summary>
public sealed class DownloadVerificationException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="url">The URL the file came from.</param>
    /// <param name="localPath">Where the verified file would have been written.</param>
    /// <param name="rejectedPath">Where the rejected bytes were moved (for inspection).</param>
    /// <param name="expected">Registry SHA-256.</param>
    /// <param name="actual">SHA-256 of the received bytes.</param>
    public DownloadVerificationException(Uri url, string localPath, string rejectedPath, string expected, string actual)
        : base($"DatasetDownloader: expected SHA-256 {expected} for {url} but got {actual}. The bytes were moved to {rejectedPath} and " +
               $"{localPath} was not written. Retry; if it persists, the server's file differs from the registry's (check the release version).")
    {
        Url = url;
        LocalPath = localPath;
        RejectedPath = rejectedPath;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The URL.</summary>
    public Uri Url { get; }

    /// <summary>The target path that was not written.</summary>
    public string LocalPath { get; }

    /// <summary>Where the rejected bytes are.</summary>
    public string RejectedPath { get; }

    /// <summary>Registry SHA-256.</summary>
    public string Expected { get; }

    /// <summary>Received SHA-256.</summary>
    public string Actual { get; }
}
