using System.CommandLine;
using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public class CommandLineAppTests
{
    private static (int Exit, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var config = new InvocationConfiguration { Output = output, Error = output };
        var exit = CommandLineApp.Build().Parse(args).Invoke(config);
        return (exit, output.ToString());
    }

    [Fact]
    public void Help_ListsEnvCommand()
    {
        var (exit, output) = Invoke("--help");
        Assert.Equal(0, exit);
        Assert.Contains("env", output);
    }

    [Fact]
    public void Env_PrintsProfileAndDataRoots()
    {
        var (exit, output) = Invoke("env");
        Assert.Equal(0, exit);
        Assert.Contains("profile: ", output);
        Assert.Contains("data root (repository data/)", output);
    }

    [Fact]
    public void UnknownCommand_ExitsNonZero()
    {
        var (exit, _) = Invoke("no-such-command");
        Assert.NotEqual(0, exit);
    }
}
