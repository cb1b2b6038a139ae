using System.Security.Cryptography;
using MedNet.Signals.Download;

namespace MedNet.Signals.Tests.Download;

public class DatasetDownloaderTests
{
    private static readonly byte[] Big = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray();
    private static readonly byte[] Small = "RECORD 100\n"u8.ToArray();

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    private static DatasetEntry Entry(params DatasetFile[] files) =>
        new("fixture", "test fixture", new Uri("https://example.invalid/none/"), "n/a", "n/a", "test", files);

    private static DownloadOptions Options(TempFolder tmp, FixtureHttpServer server) =>
        new() { Root = tmp.Path, BaseUrl = server.BaseUrl, RetryDelay = TimeSpan.Zero };

    /// <summary>Options for the stall tests: a short read timeout (a spurious timeout under load only adds a retry).</summary>
    private static DownloadOptions Impatient(TempFolder tmp, FixtureHttpServer server) =>
        Options(tmp, server) with { ReadTimeout = TimeSpan.FromSeconds(1) };

    private static (FixtureHttpServer Server, DatasetEntry Entry) Setup() =>
        (new FixtureHttpServer(new Dictionary<string, byte[]> { ["sub/big.dat"] = Big, ["small.hea"] = Small }),
         Entry(new DatasetFile("sub/big.dat", Sha(Big)), new DatasetFile("small.hea", Sha(Small))));

    [Fact]
    public async Task Download_AllFiles_WritesAndVerifies()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(2, report.Count(FileDownloadStatus.DownloadedVerified));
        Assert.Equal(Big, await File.ReadAllBytesAsync(Path.Combine(tmp.Path, "fixture", "sub", "big.dat")));
        Assert.False(File.Exists(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part")));
    }

    [Fact]
    public async Task Download_TruncatedTransfer_ResumesWithRangeAndVerifies()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.TruncateAfter = (path, hit) => path == "sub/big.dat" && hit == 1 ? 70_000 : null;
        using var tmp = new TempFolder();
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        var big = report.Files[0];
        Assert.Equal(FileDownloadStatus.DownloadedVerified, big.Status);
        Assert.Equal(70_000, big.ResumedFromByte);
        Assert.Equal(2, big.Attempts);
        Assert.Contains("sub/big.dat bytes=70000-", server.Requests);
        Assert.Equal(Big, await File.ReadAllBytesAsync(big.LocalPath));
    }

    [Fact]
    public async Task Download_PartialFileFromEarlierRun_IsResumed()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fixture", "sub"));
        await File.WriteAllBytesAsync(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part"), Big[..123_456]);
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(123_456, report.Files[0].ResumedFromByte);
        Assert.Equal(Big.Length - 123_456, report.Files[0].BytesTransferred);
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[0].Status);
    }

    [Fact]
    public async Task Download_ServerIgnoresRange_RestartsFromZero()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.IgnoreRange = true;
        using var tmp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fixture", "sub"));
        await File.WriteAllBytesAsync(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part"), Big[..1000]);
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(0, report.Files[0].ResumedFromByte);
        Assert.Equal(Big, await File.ReadAllBytesAsync(report.Files[0].LocalPath));
    }

    [Fact]
    public async Task Download_ChecksumMismatch_RejectsFileAndThrowsClearError()
    {
        var (server, _) = Setup();
        using var __ = server;
        server.Files["small.hea"] = "tampered\n"u8.ToArray();
        var entry = Entry(new DatasetFile("small.hea", Sha(Small)));
        using var tmp = new TempFolder();
        var ex = await Assert.ThrowsAsync<DownloadVerificationException>(
            () => new DatasetDownloader().DownloadAsync(entry, Options(tmp, server)));
        Assert.Equal(Sha(Small), ex.Expected);
        Assert.Contains("small.hea", ex.Message);
        var target = Path.Combine(tmp.Path, "fixture", "small.hea");
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(target + ".part"));
        Assert.True(File.Exists(target + ".rejected"));
    }

    [Fact]
    public async Task Download_SecondRun_SkipsVerifiedFilesWithoutRequests()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        var options = Options(tmp, server);
        await new DatasetDownloader().DownloadAsync(entry, options);
        int requests = server.Requests.Count;
        var again = await new DatasetDownloader().DownloadAsync(entry, options);
        Assert.Equal(2, again.Count(FileDownloadStatus.AlreadyVerified));
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public async Task Download_PresentFileWithWrongChecksum_IsMovedAsideAndFetchedAgain()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        var target = tmp.Write(Path.Combine("fixture", "small.hea"), "stale");
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[1].Status);
        Assert.Equal("stale", await File.ReadAllTextAsync(target + ".mismatch"));
    }

    [Fact]
    public async Task Download_UnknownChecksum_IsReportedUnverified()
    {
        var (server, _) = Setup();
        using var __ = server;
        using var tmp = new TempFolder();
        var report = await new DatasetDownloader().DownloadAsync(
            Entry(new DatasetFile("small.hea", null)), Options(tmp, server));
        Assert.Equal(FileDownloadStatus.DownloadedUnverified, report.Files[0].Status);
    }

    [Fact]
    public async Task Download_MissingFile_ThrowsNamingUrlAndStatus()
    {
        var (server, _) = Setup();
        using var __ = server;
        using var tmp = new TempFolder();
        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => new DatasetDownloader().DownloadAsync(
            Entry(new DatasetFile("nope.dat", null)), Options(tmp, server)));
        Assert.Contains("nope.dat", ex.Message);
        Assert.Contains("404", ex.Message);
    }

    [Fact]
    public async Task Download_AlwaysTruncated_GivesUpKeepingPartial()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.TruncateAfter = (path, _) => path == "sub/big.dat" ? 10 : null;
        using var tmp = new TempFolder();
        var ex = await Assert.ThrowsAsync<IOException>(() => new DatasetDownloader().DownloadAsync(
            entry, Options(tmp, server) with { MaxAttempts = 3 }));
        Assert.Contains("run the download again to resume", ex.Message);
        Assert.Equal(30, new FileInfo(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part")).Length);
    }

    [Fact]
    public async Task Download_ServerStallsAfterHeaders_IsRetriedThenResumes()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.StallAfter = (path, hit) => path == "sub/big.dat" && hit == 1 ? 50_000 : null;
        using var tmp = new TempFolder();
        var lines = new List<string>();
        var report = await new DatasetDownloader().DownloadAsync(entry, Impatient(tmp, server), new SyncLog(lines));
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[0].Status);
        Assert.InRange(report.Files[0].ResumedFromByte, 1, 50_000); // whatever reached the part before the stall
        Assert.Equal(Big, await File.ReadAllBytesAsync(report.Files[0].LocalPath));
        Assert.Contains(lines, l => l.Contains("none came for 1 s", StringComparison.Ordinal) && l.Contains("retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_ServerNeverAnswers_GivesUpWithANamedTimeout()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.NeverAnswer = (_, _) => true;
        using var tmp = new TempFolder();
        var ex = await Assert.ThrowsAsync<IOException>(() => new DatasetDownloader().DownloadAsync(entry, Impatient(tmp, server) with { MaxAttempts = 2 }));
        Assert.Contains("broke 2 times", ex.Message);
        Assert.Contains("response headers", ex.Message);
        Assert.Contains("sub/big.dat", ex.Message);
    }

    [Fact]
    public async Task Download_ServerErrorThenSuccess_IsRetried()
    {
        var (server, entry) = Setup();
        using var _ = server;
        server.FailWith = (path, hit) => path == "small.hea" && hit == 1 ? 503 : null;
        using var tmp = new TempFolder();
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[1].Status);
        Assert.Equal(2, report.Files[1].Attempts);
    }

    [Fact]
    public async Task Download_StalePartThatDoesNotVerify_IsRestartedFromZeroInTheSameRun()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fixture", "sub"));
        var stale = new byte[100_000]; // same length prefix as a resume would use, wrong bytes (an older version of the file)
        await File.WriteAllBytesAsync(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part"), stale);
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server));
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[0].Status);
        Assert.Equal(0, report.Files[0].ResumedFromByte);
        Assert.Equal(Big, await File.ReadAllBytesAsync(report.Files[0].LocalPath));
        Assert.Equal(["sub/big.dat bytes=100000-", "sub/big.dat"], server.Requests.Where(r => r.StartsWith("sub/big.dat", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public async Task Download_PartLongerThanTheRegistrySize_IsDiscardedBeforeAnyRequest()
    {
        var (server, _) = Setup();
        using var __ = server;
        var entry = Entry(new DatasetFile("sub/big.dat", Sha(Big), Big.Length));
        using var tmp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fixture", "sub"));
        await File.WriteAllBytesAsync(Path.Combine(tmp.Path, "fixture", "sub", "big.dat.part"), new byte[Big.Length + 10]);
        var lines = new List<string>();
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server), new SyncLog(lines));
        Assert.Equal(FileDownloadStatus.DownloadedVerified, report.Files[0].Status);
        Assert.Equal(["sub/big.dat"], server.Requests.ToArray());
        Assert.Contains(lines, l => l.Contains("stale part", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_VerifiedFile_ListsItsSupersededLeftoversAndKeepsThem()
    {
        var (server, entry) = Setup();
        using var _ = server;
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "fixture");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "small.hea"), "wrong");
        await File.WriteAllTextAsync(Path.Combine(folder, "small.hea.rejected"), "older rejected");
        var lines = new List<string>();
        var report = await new DatasetDownloader().DownloadAsync(entry, Options(tmp, server), new SyncLog(lines));
        Assert.Equal("wrong", await File.ReadAllTextAsync(Path.Combine(folder, "small.hea.mismatch")));
        Assert.Equal([Path.Combine(folder, "small.hea.mismatch"), Path.Combine(folder, "small.hea.rejected")], report.Leftovers);
        Assert.Equal(2, lines.Count(l => l.StartsWith("kept ", StringComparison.Ordinal)));
        Assert.Contains("2 superseded", report.ToString());
    }

    [Fact]
    public void Options_NonPositiveTimeouts_AreNamed()
    {
        var problems = new DownloadOptions { ReadTimeout = TimeSpan.Zero, ConnectTimeout = TimeSpan.FromSeconds(-1), RetryDelay = TimeSpan.FromSeconds(-1) }.Validate();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("ReadTimeout", StringComparison.Ordinal));
    }

    /// <summary>Collects progress lines synchronously (Progress&lt;T&gt; posts to the thread pool, so lines would arrive late).</summary>
    private sealed class SyncLog(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
