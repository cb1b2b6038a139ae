// SPDX-License-Identifier: MIT
using System.CommandLine;
using MedNet.Signals.Datasets;
using MedNet.Signals.Download;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet data list</c> and <c>mednet data download &lt;dataset&gt;</c>: the dataset registry and its verified downloader.</summary>
public static class DataCommand
{
    /// <summary>Creates the command group.</summary>
    /// <returns>The <c>data</c> command with <c>list</c> and <c>download</c>.</returns>
    public static Command Create()
    {
        var command = new Command("data", "List the registered ECG datasets and download them with SHA-256 verification.");

        var list = new Command("list", "List the registered datasets: files, known checksums, official URL and where a local copy is.");
        list.SetAction(parse => List(parse.InvocationConfiguration.Output));
        command.Subcommands.Add(list);

        var dataset = new Argument<string>("dataset") { Description = "Dataset name: mitdb, ptbxl, cinc2017 or mba." };
        var root = new Option<string?>("--root") { Description = "Data root to write into (default: MEDNET_DATA, else the repository's data/)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Replace the official base URL (a mirror); must end in '/'." };
        var attempts = new Option<int>("--attempts") { Description = "HTTP requests per file before giving up (retries back off 2, 4, 8 … s).", DefaultValueFactory = _ => 4 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds without a byte (headers or body) after which a transfer counts as stalled and is retried.", DefaultValueFactory = _ => 60 };
        var download = new Command("download", "Download a dataset into <root>/<dataset>/, resuming partial files and verifying SHA-256.");
        download.Arguments.Add(dataset);
        download.Options.Add(root);
        download.Options.Add(baseUrl);
        download.Options.Add(attempts);
        download.Options.Add(timeout);
        download.SetAction((parse, ct) => Download(
            parse.GetValue(dataset)!, parse.GetValue(root), parse.GetValue(baseUrl),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct, parse.GetValue(attempts), parse.GetValue(timeout)));
        command.Subcommands.Add(download);
        return command;
    }

    /// <summary>Writes the registry table.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns>0.</returns>
    public static int List(TextWriter output)
    {
        foreach (var e in DatasetRegistry.All)
        {
            var local = DataRoot.FindDataset(e.Name);
            output.WriteLine($"{e.Name,-9} {e.Files.Count,4} files, {e.VerifiedFileCount,4} with SHA-256  {e.BaseUrl}");
            output.WriteLine($"          {e.Title}");
            output.WriteLine($"          licence: {e.Licence}; local: {local ?? "not present"}");
            output.WriteLine($"          checksums: {e.ChecksumSource}");
        }

        return 0;
    }

    /// <summary>Downloads one dataset and prints a line per file and a summary.</summary>
    /// <param name="name">Dataset name.</param>
    /// <param name="root">Data root, or <see langword="null"/> for the default.</param>
    /// <param name="baseUrl">Base URL override, or <see langword="null"/>.</param>
    /// <param name="output">Progress and summary.</param>
    /// <param name="error">Error messages.</param>
    /// <param name="cancellationToken">Cancels the download; partial files are kept for resuming.</param>
    /// <param name="attempts">HTTP requests per file before giving up. Default: 4.</param>
    /// <param name="timeoutSeconds">Seconds without a byte after which a transfer is retried. Default: 60.</param>
    /// <returns>0 on success; 1 on a checksum mismatch, a network or HTTP error (after the retries), or a bad argument; 130 when
    /// cancelled (Ctrl-C), after saying what was kept and how to resume.</returns>
    public static async Task<int> Download(
        string name, string? root, string? baseUrl, TextWriter output, TextWriter error, CancellationToken cancellationToken = default,
        int attempts = 4, double timeoutSeconds = 60)
    {
        try
        {
            var entry = DatasetRegistry.Get(name);
            Uri? url = null;
            if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out url))
            {
                error.WriteLine($"data download: expected --base-url to be an absolute URL but got '{baseUrl}'.");
                return 1;
            }

            if (!(timeoutSeconds > 0) || double.IsInfinity(timeoutSeconds))
            {
                error.WriteLine($"data download: expected --timeout to be a positive number of seconds but got {timeoutSeconds}.");
                return 1;
            }

            var options = new DownloadOptions
            {
                Root = root,
                BaseUrl = url,
                MaxAttempts = attempts,
                ReadTimeout = TimeSpan.FromSeconds(timeoutSeconds),
                ConnectTimeout = TimeSpan.FromSeconds(Math.Min(30, timeoutSeconds)),
            };
            var folder = Path.GetFullPath(Path.Combine(root ?? DownloadTarget.DefaultRoot(), entry.Name));
            output.WriteLine($"downloading {entry.Name} from {url ?? entry.BaseUrl} into {folder}");
            var done = 0;
            var log = new LineLog(line =>
            {
                // one line per file (and per retry, stale part or kept leftover), with a running count
                if (!line.StartsWith("kept ", StringComparison.Ordinal) && !line.Contains("retrying", StringComparison.Ordinal) && !line.StartsWith("discarded", StringComparison.Ordinal)
                    && !line.Contains("fetching from byte 0", StringComparison.Ordinal))
                {
                    done++;
                    output.WriteLine($"  [{done}/{entry.Files.Count}] {line}");
                }
                else
                {
                    output.WriteLine($"  {line}");
                }
            });
            DownloadReport report;
            try
            {
                report = await new DatasetDownloader().DownloadAsync(entry, options, log, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                var parts = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.part", SearchOption.AllDirectories) : [];
                error.WriteLine($"data download: cancelled after {done} of {entry.Files.Count} files; the finished files in {folder} are kept and verified" +
                    (parts.Length > 0 ? $", and the partial file{(parts.Length > 1 ? "s" : string.Empty)} {string.Join(", ", parts)} will be resumed" : string.Empty) +
                    $". Resume with: mednet data download {entry.Name}{(root is null ? string.Empty : $" --root {root}")}{(baseUrl is null ? string.Empty : $" --base-url {baseUrl}")}");
                return 130;
            }

            foreach (var f in report.Leftovers)
            {
                output.WriteLine($"  kept {f} (an earlier copy that did not verify; inspect and delete it)");
            }

            var unverified = report.Count(FileDownloadStatus.DownloadedUnverified) + report.Count(FileDownloadStatus.AlreadyPresentUnverified);
            if (unverified > 0)
            {
                output.WriteLine($"  note: {unverified} file(s) have no checksum in the registry and were checked only against the server's Content-Length: " +
                    string.Join(", ", report.Files.Where(f => !f.File.HasChecksum).Select(f => f.File.RelativePath)));
            }

            output.WriteLine(report.ToString());
            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or HttpRequestException or UnauthorizedAccessException)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    /// <summary>Writes progress lines synchronously (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class LineLog(Action<string> write) : IProgress<string>
    {
        public void Report(string value) => write(value);
    }
}
