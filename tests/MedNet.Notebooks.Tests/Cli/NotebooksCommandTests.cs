using System.CommandLine;
using System.Text.Json.Nodes;
using MedNet.Notebooks.Cli;
using MedNet.Notebooks.Tests.Runner;

namespace MedNet.Notebooks.Tests.Cli;

[Collection(RunnerCollection.Name)]
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mednet-notebooks-" + Guid.NewGuid().ToString("N"));
    private readonly string? _profile = Environment.GetEnvironmentVariable("MEDNET_PROFILE");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("MEDNET_PROFILE", _profile);
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static (int Exit, string[] Lines) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var exit = CommandLineApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TestNotebook(string name) => Path.Combine(AppContext.BaseDirectory, "Runner", "Notebooks", name);

    [Fact]
    public void Run_PassingNotebook_WritesReportAndPrintsItsPathLast()
    {
        var (exit, lines) = Invoke("notebooks", "run", TestNotebook("04-after-errors.ipynb"), "--out", _out, "--profile", "laptop");
        Assert.Equal(0, exit);
        Assert.Equal($"report: {Path.Combine(_out, "index.html")}", lines[^1]);
        Assert.True(File.Exists(Path.Combine(_out, "04-after-errors.html")));
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "04-after-errors.ipynb")))!;
        Assert.Equal("laptop", executed["cells"]![0]!["outputs"]![0]!["data"]!["text/plain"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Run_FailingNotebookFirst_RunsTheRestAndExitsNonZero()
    {
        var (exit, lines) = Invoke("notebooks", "run", TestNotebook("03-compile-error.ipynb"), TestNotebook("04-after-errors.ipynb"), "--out", _out);
        Assert.Equal(1, exit);
        Assert.Contains("1 passed, 1 failed", lines);
        Assert.Contains(lines, l => l.Contains("03-compile-error.ipynb: cell 1, line 3: CS0103", StringComparison.Ordinal));
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "summary.json")))!;
        Assert.Equal("passed", summary["notebooks"]![1]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--profile", "huge", "--profile: expected one of smoke, laptop, paper")]
    [InlineData("--timeout", "0", "--timeout: expected a number of seconds > 0")]
    public void Run_InvalidOption_ExitsTwoWithTheRule(string option, string value, string expected)
    {
        var (exit, lines) = Invoke("notebooks", "run", TestNotebook("04-after-errors.ipynb"), option, value, "--out", _out);
        Assert.Equal(2, exit);
        Assert.Contains(expected, lines[0]);
    }

    [Fact]
    public void Run_MissingPath_ExitsTwoNamingIt()
    {
        var (exit, lines) = Invoke("notebooks", "run", "no-such.ipynb", "--out", _out);
        Assert.Equal(2, exit);
        Assert.Contains("'no-such.ipynb', which does not exist", lines[0]);
    }
}
