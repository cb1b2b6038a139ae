using System.Text.Json;
using MedNet.Viz.Html;

namespace MedNet.Viz.Tests.Html;

public class KatexAssetsTests
{
    [Fact]
    public void Version_MatchesPackageJsonPin()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "package.json")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir!.FullName, "package.json")));
        Assert.Equal(KatexAssets.Version, doc.RootElement.GetProperty("dependencies").GetProperty("katex").GetString());
    }

    [Fact]
    public void EmbedFonts_FontFaceSources_BecomeOneWoff2DataUriEach()
    {
        var dist = Directory.CreateTempSubdirectory("mednet-katex-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dist.FullName, "fonts"));
            File.WriteAllBytes(Path.Combine(dist.FullName, "fonts", "KaTeX_AMS-Regular.woff2"), [1, 2, 3]);
            const string css = "@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format(\"woff2\"),url(fonts/KaTeX_AMS-Regular.woff) format(\"woff\"),url(fonts/KaTeX_AMS-Regular.ttf) format(\"truetype\")}.katex{x:1}";

            var embedded = KatexAssets.EmbedFonts(css, dist.FullName);

            Assert.Equal("@font-face{font-family:KaTeX_AMS;src:url(data:font/woff2;base64,AQID) format(\"woff2\")}.katex{x:1}", embedded);
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }

    [Fact]
    public void EmbedFonts_FontMissing_NamesTheFontAndNpmCi()
    {
        var dist = Directory.CreateTempSubdirectory("mednet-katex-");
        try
        {
            var ex = Assert.Throws<FileNotFoundException>(() => KatexAssets.EmbedFonts("src:url(fonts/KaTeX_Main-Bold.woff2) format(\"woff2\")", dist.FullName));

            Assert.Contains("KaTeX_Main-Bold.woff2", ex.Message);
            Assert.Contains("npm ci", ex.Message);
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }

    [Fact]
    public void TryLocate_FolderWithoutNodeModules_ReturnsNullAndFolderWithIt_ReturnsDist()
    {
        if (Environment.GetEnvironmentVariable(KatexAssets.PathVariable) is not null)
        {
            return; // the variable overrides the search by design
        }

        var dir = Directory.CreateTempSubdirectory("mednet-katex-");
        try
        {
            Assert.Null(KatexAssets.TryLocate(dir.FullName));
            var file = Path.Combine(dir.FullName, KatexAssets.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "/* katex */");
            var nested = Directory.CreateDirectory(Path.Combine(dir.FullName, "a", "b")).FullName;
            Assert.Equal(Path.GetDirectoryName(file), KatexAssets.TryLocate(null, nested));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [KatexFact]
    public void Read_InstalledPackage_HasNoRelativeFontUrlAndNoClosingTags()
    {
        var bundle = KatexAssets.Read(KatexAssets.TryLocate(AppContext.BaseDirectory)!);

        Assert.DoesNotContain("url(fonts/", bundle.Css, StringComparison.Ordinal);
        Assert.Contains("data:font/woff2;base64,", bundle.Css, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", bundle.Script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("katex", bundle.Script, StringComparison.Ordinal);
    }
}

/// <summary>Runs the test only where katex is installed (bash .ci/install-deps); skips with the reason otherwise.</summary>
internal sealed class KatexFactAttribute : FactAttribute
{
    public KatexFactAttribute()
    {
        if (KatexAssets.TryLocate(AppContext.BaseDirectory) is null)
        {
            Skip = "katex is not installed; run bash .ci/install-deps.";
        }
    }
}
