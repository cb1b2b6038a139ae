using MedNet.Signals.Download;

namespace MedNet.Signals.Tests.Download;

public class DatasetRegistryTests
{
    [Fact]
    public void All_HasTheFourDatasetsWithOfficialHosts()
    {
        Assert.Equal(["cinc2017", "mba", "mitdb", "ptbxl"], DatasetRegistry.All.Select(e => e.Name));
        Assert.All(DatasetRegistry.All.Where(e => e.Name != "mba"), e => Assert.Equal("physionet.org", e.BaseUrl.Host));
        Assert.Equal("raw.githubusercontent.com", DatasetRegistry.Get("MBA").BaseUrl.Host);
    }

    [Fact]
    public void Mitdb_Lists48RecordsAndSaysWhichChecksumIsUnknown()
    {
        var mitdb = DatasetRegistry.Get("mitdb");
        Assert.Equal(1 + (48 * 3), mitdb.Files.Count);
        Assert.Equal(48 * 3, mitdb.VerifiedFileCount);
        Assert.Null(mitdb.Files.Single(f => f.RelativePath == "RECORDS").Sha256);
        Assert.Contains("RECORDS: not known", mitdb.ChecksumSource);
    }

    [Fact]
    public void EveryFileWithAChecksum_HasItsSize_AndTheUnknownOnesAreTheThreeNamedInTheManifests()
    {
        var unknown = DatasetRegistry.All.SelectMany(e => e.Files.Where(f => f.Sha256 is null).Select(f => $"{e.Name}/{f.RelativePath}")).Order().ToArray();
        Assert.Equal(["cinc2017/REFERENCE-v3.csv", "mitdb/RECORDS", "ptbxl/ptbxl_database.csv"], unknown);
        Assert.All(DatasetRegistry.All.SelectMany(e => e.Files.Where(f => f.Sha256 is not null)), f => Assert.True(f.Size > 0, f.RelativePath));
        Assert.Equal(1_950_000, DatasetRegistry.Get("mitdb").Files.Single(f => f.RelativePath == "100.dat").Size);
    }

    [Fact]
    public void Parse_SizeColumn_IsReadAndABadSizeNamed()
    {
        const string head = "# name: x\n# title: t\n# base_url: https://e.invalid/\n# licence: l\n# citation: c\n# checksums: s\n";
        var sha = new string('a', 64);
        var entry = DatasetRegistry.Parse(head + $"{sha} 12 a.dat\n- - b.dat\n{sha} c.dat\n", "t");
        Assert.Equal([12L, null, null], entry.Files.Select(f => f.Size));
        var ex = Assert.Throws<FormatException>(() => DatasetRegistry.Parse(head + $"{sha} 12x a b\n", "t"));
        Assert.Contains("line 7", ex.Message);
    }

    [Fact]
    public void Checksums_EqualTheShippedSha256Sums()
    {
        foreach (var (dataset, file) in new[] { ("mitdb", "100.dat"), ("mitdb", "100.atr"), ("mitdb", "100.hea") })
        {
            var sums = File.ReadAllLines(Path.Combine(SharedData.Shipped(dataset), "SHA256SUMS"));
            var expected = sums.Single(l => l.EndsWith(" " + file, StringComparison.Ordinal)).Split(' ')[0];
            Assert.Equal(expected, DatasetRegistry.Get(dataset).Files.Single(f => f.RelativePath == file).Sha256);
        }
    }

    [Fact]
    public async Task ShippedMitdbRecord100_VerifiesAgainstRegistry()
    {
        var folder = SharedData.Shipped("mitdb");
        var entry = DatasetRegistry.Get("mitdb");
        foreach (var name in new[] { "100.hea", "100.dat", "100.atr" })
        {
            Assert.Equal(entry.Files.Single(f => f.RelativePath == name).Sha256, await DatasetDownloader.HashAsync(Path.Combine(folder, name)));
        }
    }

    [Fact]
    public void Get_UnknownName_ListsKnownNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => DatasetRegistry.Get("svdb"));
        Assert.Contains("cinc2017, mba, mitdb, ptbxl", ex.Message);
    }

    [Fact]
    public void Parse_MalformedLine_NamesLine()
    {
        var text = "# name: x\n# title: t\n# base_url: https://h/\n# licence: l\n# citation: c\n# checksums: s\nabc file.dat\n";
        var ex = Assert.Throws<FormatException>(() => DatasetRegistry.Parse(text, "x.txt"));
        Assert.Contains("x.txt line 7", ex.Message);
    }

    [Fact]
    public void Parse_PathLeavingFolder_IsRejected()
    {
        var text = "# name: x\n# title: t\n# base_url: https://h/\n# licence: l\n# citation: c\n# checksums: s\n- ../evil\n";
        Assert.Throws<FormatException>(() => DatasetRegistry.Parse(text, "x.txt"));
    }
}
