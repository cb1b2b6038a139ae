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
        var download = new Command("download", "Download a dataset into <root>/<dataset>/, resuming partial files and verifying SHA-256.");
        download.Arguments.Add(dataset);
        download.Options.Add(root);
        download.Options.Add(baseUrl);
        download.SetAction((parse, ct) => Download(
            parse.GetValue(dataset)!, parse.GetValue(root), parse.GetValue(baseUrl),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
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
    /// <returns>0 on success; 1 on a checksum mismatch, a network or HTTP error, or a bad argument.</returns>
    public static async Task<int> Download(
        string name, string? root, string? baseUrl, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
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

            var options = new DownloadOptions { Root = root, BaseUrl = url };
            output.WriteLine($"downloading {entry.Name} from {url ?? entry.BaseUrl} into {Path.Combine(root ?? DownloadTarget.DefaultRoot(), entry.Name)}");
            var report = await new DatasetDownloader()
                .DownloadAsync(entry, options, new Progress<string>(_ => { }), cancellationToken).ConfigureAwait(false);
            foreach (var f in report.Files)
            {
                output.WriteLine($"  {f.Status,-24} {f.File.RelativePath}");
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
}
