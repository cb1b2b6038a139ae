using System.CommandLine;
using System.Text.RegularExpressions;
using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public class SignalsCommandTests
{
    private static (int Exit, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var config = new InvocationConfiguration { Output = output, Error = output };
        var exit = CommandLineApp.Build().Parse(args).Invoke(config);
        return (exit, output.ToString());
    }

    /// <summary>The repository's data/ folder (the data root that holds the shipped data/mitdb record 100).</summary>
    private static string RepositoryData() => Path.GetDirectoryName(SharedData.Shipped("mitdb"))!;

    [Fact]
    public void QrsEval_Record100FromRepoData_LastLineIsOverallSummary()
    {
        var (exit, output) = Invoke("signals", "qrs-eval", "--records", "100", "--data-root", RepositoryData());

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(new Regex(@"^overall sensitivity=\d\.\d{4} ppv=\d\.\d{4} records=1$"), lines[^1].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("100 ", StringComparison.Ordinal) && l.Contains("2273"));
    }

    [Fact]
    public void QrsEval_MissingDataRoot_ExitsWithHint()
    {
        var (exit, output) = Invoke("signals", "qrs-eval", "--data-root", Path.Combine(Path.GetTempPath(), "no-such-root"));

        Assert.Equal(2, exit);
        Assert.Contains("--data-root", output);
    }
}
