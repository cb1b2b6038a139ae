using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public class DataCommandTests
{
    private static (int Exit, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var config = new InvocationConfiguration { Output = output, Error = output };
        var exit = CommandLineApp.Build().Parse(args).Invoke(config);
        return (exit, output.ToString());
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    [Fact]
    public void List_PrintsEveryRegisteredDataset()
    {
        var (exit, output) = Invoke("data", "list");
        Assert.Equal(0, exit);
        foreach (var name in new[] { "mitdb", "ptbxl", "cinc2017", "mba" })
        {
            Assert.Contains(name, output);
        }

        Assert.Contains("https://physionet.org/files/mitdb/1.0.0/", output);
    }

    [Fact]
    public void Download_UnknownDataset_FailsListingNames()
    {
        var (exit, output) = Invoke("data", "download", "svdb");
        Assert.Equal(1, exit);
        Assert.Contains("cinc2017, mba, mitdb, ptbxl", output);
    }

    [Fact]
    public void Download_ServerDown_FailsNamingUrlWithoutInternet()
    {
        var root = Path.Combine(Path.GetTempPath(), "mednet-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = Invoke("data", "download", "mba", "--root", root, "--base-url", $"http://127.0.0.1:{FreePort()}/mba/", "--attempts", "2");
            Assert.Equal(1, exit);
            Assert.Contains("labels.xlsx", output);
            Assert.Contains("broke 2 times", output);
            Assert.Contains("attempt 1 of 2", output); // the retry is announced with its backoff
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }

    [Fact]
    public void Download_ServerThatAcceptsButNeverAnswers_StopsWithANamedTimeout()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(); // accepts connections (backlog) but never answers
        var root = Path.Combine(Path.GetTempPath(), "mednet-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var (exit, output) = Invoke("data", "download", "mba", "--root", root, "--base-url", $"http://127.0.0.1:{port}/mba/", "--attempts", "1", "--timeout", "1");
            Assert.Equal(1, exit);
            Assert.Contains("response headers", output);
            Assert.Contains("within 1 s", output);
        }
        finally
        {
            listener.Stop();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }

    [Fact]
    public async Task Download_Cancelled_SaysWhatWasKeptAndHowToResume()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var root = Path.Combine(Path.GetTempPath(), "mednet-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500)); // as Ctrl-C does through System.CommandLine
            var output = new StringWriter();
            var exit = await DataCommand.Download("mba", root, $"http://127.0.0.1:{port}/mba/", output, output, cts.Token, attempts: 1, timeoutSeconds: 30);
            Assert.Equal(130, exit);
            Assert.Contains("cancelled after 0 of 3 files", output.ToString());
            Assert.Contains("Resume with: mednet data download mba", output.ToString());
        }
        finally
        {
            listener.Stop();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }

    [SharedDataFact("mba")]
    public void Download_Mba_FromLocalServer_VerifiesTheThreeXlsx()
    {
        var folder = SharedData.Find("mba")!;
        int port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/mba/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            for (int i = 0; i < 3; i++)
            {
                var ctx = await listener.GetContextAsync();
                var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, Path.GetFileName(ctx.Request.Url!.AbsolutePath)));
                ctx.Response.ContentLength64 = bytes.Length;
                await ctx.Response.OutputStream.WriteAsync(bytes);
                ctx.Response.Close();
            }
        });
        var root = Path.Combine(Path.GetTempPath(), "mednet-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = Invoke("data", "download", "mba", "--root", root, "--base-url", $"http://127.0.0.1:{port}/mba/");
            Assert.True(exit == 0, output);
            Assert.Contains("downloaded+verified 3", output);
            Assert.Equal(
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "train.xlsx")))),
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, "mba", "train.xlsx")))));
            Assert.True(serving.Wait(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }
}
