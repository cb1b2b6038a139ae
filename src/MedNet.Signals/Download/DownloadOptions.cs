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

        return problems;
    }
}
