// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>Settings for <see cref="DatasetDownloader"/>.</summary>
public sealed record DownloadOptions
{
    /// <summary>Data root to write into (the dataset goes to <c>&lt;root&gt;/&lt;name&gt;/</c>). Default: <see cref="DownloadTarget.DefaultRoot"/>.</summary>
    public string? Root { get; init; }

    /// <summary>Replaces the registry's base URL (a mirror, or a local test server); must end in '/'. Default: the registry's.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>HTTP requests per file before giving up; an interrupted transfer resumes with a Range request. ≥ 1. Default: 4.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Longest wait for a TCP connection to the server (only for the downloader's own HTTP client). Default: 30 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for the response headers, and then for each next block of the body: a server that stalls
    /// this long counts as a broken transfer (retried, then reported by name). Default: 60 s.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pause before the first retry of a file; doubled for each later retry (exponential backoff). Default: 2 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Returns every problem with these settings; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add($"MaxAttempts: expected ≥ 1 but got {MaxAttempts}.");
        }

        if (BaseUrl is { } u && (!u.IsAbsoluteUri || !u.AbsoluteUri.EndsWith('/') || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"BaseUrl: expected an absolute http(s) URL ending in '/' but got '{u}'.");
        }

        if (ConnectTimeout <= TimeSpan.Zero)
        {
            problems.Add($"ConnectTimeout: expected > 0 but got {ConnectTimeout}.");
        }

        if (ReadTimeout <= TimeSpan.Zero)
        {
            problems.Add($"ReadTimeout: expected > 0 but got {ReadTimeout}.");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"RetryDelay: expected ≥ 0 but got {RetryDelay}.");
        }

        return problems;
    }
}
