// SPDX-License-Identifier: MIT
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace MedNet.Signals.Download;

/// <summary>Downloads a registered dataset file by file: resumes partial files with HTTP Range and verifies SHA-256.</summary>
/// <remarks>
/// Per file: a present file whose checksum matches is skipped; a present file whose checksum does not match is moved
/// to <c>&lt;file&gt;.mismatch</c> and fetched again. Bytes arrive in <c>&lt;file&gt;.part</c>; if the transfer breaks, the
/// next attempt (or the next run) sends <c>Range: bytes=&lt;length&gt;-</c> and appends on 206, restarts on 200 (server
/// ignores ranges) and verifies on 416 (already complete). The finished part is hashed: on a match it is renamed to the
/// file; on a mismatch it is moved to <c>&lt;file&gt;.rejected</c> and <see cref="DownloadVerificationException"/> is thrown.
/// Files without a known checksum are kept and reported as unverified, never as verified.
/// </remarks>
public sealed class DatasetDownloader
{
    private readonly HttpClient _http;

    /// <summary>Creates a downloader.</summary>
    /// <param name="http">HTTP client to use. Default: a new client with a 100 s timeout per request.</param>
    public DatasetDownloader(HttpClient? http = null)
    {
        _http = http ?? new HttpClient();
    }

    /// <summary>Downloads every file of <paramref name="entry"/> into <c>&lt;root&gt;/&lt;name&gt;/</c>.</summary>
    /// <param name="entry">The registry entry.</param>
    /// <param name="options">Root, base URL override and attempts.</param>
    /// <param name="log">Receives one line per file. Optional.</param>
    /// <param name="cancellationToken">Cancels the download; the partial file is kept for a later resume.</param>
    /// <returns>The per-file report.</returns>
    /// <exception cref="DownloadVerificationException">A file's SHA-256 differs from the registry's.</exception>
    /// <exception cref="HttpRequestException">The server answered with an error status (e.g. 404), naming the URL.</exception>
    /// <exception cref="IOException">The transfer kept breaking after <see cref="DownloadOptions.MaxAttempts"/> attempts; rerun to resume.</exception>
    public async Task<DownloadReport> DownloadAsync(
        DatasetEntry entry, DownloadOptions? options = null, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        options ??= new DownloadOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"DatasetDownloader: invalid options: {string.Join(" ", problems)}", nameof(options));
        }

        var folder = Path.GetFullPath(Path.Combine(options.Root ?? DownloadTarget.DefaultRoot(), entry.Name));
        Directory.CreateDirectory(folder);
        var baseUrl = options.BaseUrl ?? entry.BaseUrl;
        var results = new List<FileDownloadResult>(entry.Files.Count);
        foreach (var file in entry.Files)
        {
            var result = await DownloadFileAsync(file, new Uri(baseUrl, file.RelativePath), folder, options.MaxAttempts, cancellationToken).ConfigureAwait(false);
            log?.Report($"{result.Status,-24} {file.RelativePath} ({result.BytesTransferred} B{(result.ResumedFromByte > 0 ? $", resumed at {result.ResumedFromByte}" : string.Empty)})");
            results.Add(result);
        }

        return new DownloadReport(entry.Name, folder, results);
    }

    private async Task<FileDownloadResult> DownloadFileAsync(DatasetFile file, Uri url, string folder, int maxAttempts, CancellationToken ct)
    {
        var target = Path.GetFullPath(Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"DatasetDownloader: expected a path inside {folder} but '{file.RelativePath}' leaves it.", nameof(file));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            var existing = await HashAsync(target, ct).ConfigureAwait(false);
            if (file.Sha256 is null)
            {
                return new FileDownloadResult(file, target, FileDownloadStatus.AlreadyPresentUnverified, 0, 0, 0, existing);
            }

            if (existing == file.Sha256)
            {
                return new FileDownloadResult(file, target, FileDownloadStatus.AlreadyVerified, 0, 0, 0, existing);
            }

            File.Move(target, target + ".mismatch", overwrite: true);
        }

        var part = target + ".part";
        long transferred = 0, resumedFrom = 0;
        int attempts = 0;
        while (true)
        {
            attempts++;
            long offset = File.Exists(part) ? new FileInfo(part).Length : 0;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (offset > 0)
            {
                request.Headers.Range = new RangeHeaderValue(offset, null);
            }

            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && offset > 0)
                {
                    break; // the part already holds the whole file; verify it
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException(
                        $"DatasetDownloader: expected 200 or 206 from {url} but got {(int)response.StatusCode} {response.ReasonPhrase}. Check the base URL and the dataset version.",
                        null, response.StatusCode);
                }

                bool append = offset > 0 && response.StatusCode == HttpStatusCode.PartialContent
                    && response.Content.Headers.ContentRange?.From == offset;
                if (offset > 0 && append && resumedFrom == 0)
                {
                    resumedFrom = offset;
                }

                await using (var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false))
                await using (var output = new FileStream(part, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                    {
                        await output.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                        transferred += read;
                    }
                }

                if (response.Content.Headers.ContentLength is { } length)
                {
                    long expectedSize = (append ? offset : 0) + length;
                    if (new FileInfo(part).Length < expectedSize)
                    {
                        throw new IOException($"DatasetDownloader: expected {expectedSize} bytes from {url} but the connection ended at {new FileInfo(part).Length}.");
                    }
                }

                break;
            }
            catch (Exception ex) when ((ex is IOException || (ex is HttpRequestException h && h.StatusCode is null)) && !ct.IsCancellationRequested)
            {
                if (attempts >= maxAttempts)
                {
                    throw new IOException(
                        $"DatasetDownloader: expected a complete transfer of {url} but it broke {attempts} times ({ex.Message}). " +
                        $"The partial file {part} is kept; run the download again to resume it.", ex);
                }
            }
        }

        var actual = await HashAsync(part, ct).ConfigureAwait(false);
        if (file.Sha256 is not null && actual != file.Sha256)
        {
            var rejected = target + ".rejected";
            File.Move(part, rejected, overwrite: true);
            throw new DownloadVerificationException(url, target, rejected, file.Sha256, actual);
        }

        File.Move(part, target, overwrite: true);
        var status = file.Sha256 is null ? FileDownloadStatus.DownloadedUnverified : FileDownloadStatus.DownloadedVerified;
        return new FileDownloadResult(file, target, status, transferred, resumedFrom, attempts, actual);
    }

    /// <summary>SHA-256 of a file as lower-case hex.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>64 hex digits.</returns>
    public static async Task<string> HashAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
