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
/// ignores ranges) and verifies on 416 (already complete). A broken transfer is one that ends short of its
/// Content-Length, a connection error, a 5xx/429 answer, or a server that sends nothing for
/// <see cref="DownloadOptions.ReadTimeout"/> (headers or body); each is retried after
/// <see cref="DownloadOptions.RetryDelay"/>, doubled per retry, up to <see cref="DownloadOptions.MaxAttempts"/> requests.
/// A leftover part longer than the registry's size, or a resumed part that does not verify (e.g. left by an earlier
/// version of the file), is discarded and the file fetched again from byte 0 in the same run. A part fetched from byte 0
/// that does not verify is moved to <c>&lt;file&gt;.rejected</c> and <see cref="DownloadVerificationException"/> is thrown.
/// When a file verifies, its superseded <c>.mismatch</c>/<c>.rejected</c> leftovers are kept (they hold the user's earlier
/// bytes) but listed in <see cref="FileDownloadResult.Leftovers"/> and <see cref="DownloadReport.Leftovers"/>.
/// Files without a known checksum are kept and reported as unverified, never as verified; without a known size their
/// completeness rests on the server's Content-Length.
/// </remarks>
public sealed class DatasetDownloader
{
    private readonly HttpClient? _given;
    private HttpClient? _own;

    /// <summary>Creates a downloader.</summary>
    /// <param name="http">HTTP client to use. Default: the downloader's own client with <see cref="DownloadOptions.ConnectTimeout"/>
    /// and no overall request timeout (stalls are caught by <see cref="DownloadOptions.ReadTimeout"/> instead).</param>
    public DatasetDownloader(HttpClient? http = null)
    {
        _given = http;
    }

    /// <summary>Downloads every file of <paramref name="entry"/> into <c>&lt;root&gt;/&lt;name&gt;/</c>.</summary>
    /// <param name="entry">The registry entry.</param>
    /// <param name="options">Root, base URL override, attempts and timeouts.</param>
    /// <param name="log">Receives one line per file, and a line per retry, restart or removed leftover. Optional.</param>
    /// <param name="cancellationToken">Cancels the download; the partial file is kept for a later resume.</param>
    /// <returns>The per-file report.</returns>
    /// <exception cref="DownloadVerificationException">A file's SHA-256 differs from the registry's.</exception>
    /// <exception cref="HttpRequestException">The server answered with a client error status (e.g. 404), naming the URL.</exception>
    /// <exception cref="IOException">The transfer kept breaking (or stalling) after <see cref="DownloadOptions.MaxAttempts"/> attempts; rerun to resume.</exception>
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
            var result = await DownloadFileAsync(file, new Uri(baseUrl, file.RelativePath), folder, options, log, cancellationToken).ConfigureAwait(false);
            log?.Report($"{result.Status,-24} {file.RelativePath} ({result.BytesTransferred} B{(result.ResumedFromByte > 0 ? $", resumed at {result.ResumedFromByte}" : string.Empty)})");
            results.Add(result);
        }

        return new DownloadReport(entry.Name, folder, results);
    }

    private HttpClient Client(DownloadOptions options) =>
        _given ?? (_own ??= new HttpClient(new SocketsHttpHandler { ConnectTimeout = options.ConnectTimeout }) { Timeout = Timeout.InfiniteTimeSpan });

    private async Task<FileDownloadResult> DownloadFileAsync(
        DatasetFile file, Uri url, string folder, DownloadOptions options, IProgress<string>? log, CancellationToken ct)
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
                return new FileDownloadResult(file, target, FileDownloadStatus.AlreadyVerified, 0, 0, 0, existing) { Leftovers = Leftovers(target, log) };
            }

            File.Move(target, target + ".mismatch", overwrite: true);
        }

        var part = target + ".part";
        if (file.Size is { } size && File.Exists(part) && new FileInfo(part).Length > size)
        {
            log?.Report($"discarded {part}: {new FileInfo(part).Length} B is more than the file's {size} B (a stale part)");
            File.Delete(part);
        }

        long transferred = 0, resumedFrom = 0;
        int attempts = 0;
        bool restarted = false;
        while (true)
        {
            bool startedWithPart = File.Exists(part) && new FileInfo(part).Length > 0;
            (transferred, resumedFrom, attempts) = await TransferAsync(file, url, part, options, log, transferred, resumedFrom, attempts, ct).ConfigureAwait(false);
            var actual = await HashAsync(part, ct).ConfigureAwait(false);
            if (file.Sha256 is not null && actual != file.Sha256)
            {
                if (startedWithPart && !restarted)
                {
                    // A part left by an earlier run (or an earlier version of the file on the server) cannot be trusted:
                    // fetch the whole file once more in this run before calling it a mismatch.
                    log?.Report($"{file.RelativePath}: the resumed part did not verify; discarding it and fetching from byte 0");
                    File.Delete(part);
                    restarted = true;
                    resumedFrom = 0;
                    continue;
                }

                var rejected = target + ".rejected";
                File.Move(part, rejected, overwrite: true);
                throw new DownloadVerificationException(url, target, rejected, file.Sha256, actual);
            }

            if (file.Size is { } expected && new FileInfo(part).Length != expected)
            {
                throw new IOException(
                    $"DatasetDownloader: expected {expected} B for {url} (the registry's size) but got {new FileInfo(part).Length} B; the partial file {part} is kept; run the download again.");
            }

            File.Move(part, target, overwrite: true);
            var status = file.Sha256 is null ? FileDownloadStatus.DownloadedUnverified : FileDownloadStatus.DownloadedVerified;
            return new FileDownloadResult(file, target, status, transferred, resumedFrom, attempts, actual) { Leftovers = Leftovers(target, log) };
        }
    }

    private async Task<(long Transferred, long ResumedFrom, int Attempts)> TransferAsync(
        DatasetFile file, Uri url, string part, DownloadOptions options, IProgress<string>? log,
        long transferred, long resumedFrom, int attempts, CancellationToken ct)
    {
        int attemptsHere = 0;
        while (true)
        {
            attempts++;
            attemptsHere++;
            long offset = File.Exists(part) ? new FileInfo(part).Length : 0;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (offset > 0)
            {
                request.Headers.Range = new RangeHeaderValue(offset, null);
            }

            try
            {
                using var response = await SendAsync(request, url, options, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && offset > 0)
                {
                    return (transferred, resumedFrom, attempts); // the part already holds the whole file; verify it
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
                    transferred += await CopyAsync(body, output, url, options.ReadTimeout, ct).ConfigureAwait(false);
                }

                long have = new FileInfo(part).Length;
                if (response.Content.Headers.ContentLength is { } length && have < (append ? offset : 0) + length)
                {
                    throw new IOException($"DatasetDownloader: expected {(append ? offset : 0) + length} bytes from {url} but the connection ended at {have}.");
                }

                if (file.Size is { } size && have > size)
                {
                    File.Delete(part);
                    throw new IOException($"DatasetDownloader: expected at most {size} B from {url} (the registry's size) but got {have} B; the part was discarded.");
                }

                return (transferred, resumedFrom, attempts);
            }
            catch (Exception ex) when (IsTransient(ex) && !ct.IsCancellationRequested)
            {
                if (attemptsHere >= options.MaxAttempts)
                {
                    throw new IOException(
                        $"DatasetDownloader: expected a complete transfer of {url} but it broke {attemptsHere} times ({ex.Message}). " +
                        $"The partial file {part} is kept; run the download again to resume it.", ex);
                }

                var delay = options.RetryDelay * Math.Pow(2, attemptsHere - 1);
                log?.Report($"{file.RelativePath}: attempt {attemptsHere} of {options.MaxAttempts} broke ({ex.Message}); retrying in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, DownloadOptions options, CancellationToken ct)
    {
        using var headers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        headers.CancelAfter(options.ReadTimeout);
        try
        {
            var response = await Client(options).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token).ConfigureAwait(false);
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var status = response.StatusCode;
                response.Dispose();
                throw new HttpRequestException($"DatasetDownloader: {url} answered {(int)status} {status} (a server-side error, retried).", null, status);
            }

            return response;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"DatasetDownloader: expected response headers from {url} within {options.ReadTimeout.TotalSeconds:0.#} s (DownloadOptions.ReadTimeout) but none came");
        }
    }

    private static async Task<long> CopyAsync(Stream body, Stream output, Uri url, TimeSpan readTimeout, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long copied = 0;
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(ct);
        while (true)
        {
            stall.CancelAfter(readTimeout);
            int read;
            try
            {
                read = await body.ReadAsync(buffer, stall.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"DatasetDownloader: expected more data from {url} but none came for {readTimeout.TotalSeconds:0.#} s (DownloadOptions.ReadTimeout) after {copied} bytes");
            }

            if (read == 0)
            {
                return copied;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
            copied += read;
        }
    }

    /// <summary>The <c>.mismatch</c>/<c>.rejected</c> files beside a verified file: the user's earlier bytes, kept (never
    /// deleted by the downloader) and listed so they can be inspected and removed.</summary>
    private static IReadOnlyList<string> Leftovers(string target, IProgress<string>? log)
    {
        var list = new List<string>();
        foreach (var leftover in new[] { target + ".mismatch", target + ".rejected" })
        {
            if (File.Exists(leftover))
            {
                list.Add(leftover);
                log?.Report($"kept {leftover}: superseded by the verified {Path.GetFileName(target)}; delete it when no longer needed");
            }
        }

        return list;
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        TimeoutException => true,
        IOException => true,
        HttpRequestException h => h.StatusCode is null || (int)h.StatusCode >= 500 || h.StatusCode == HttpStatusCode.TooManyRequests,
        _ => false,
    };

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
