// SPDX-License-Identifier: MIT
using System.CommandLine;

namespace MedNet.Notebooks.Cli;

/// <summary>Builds the <c>mednet</c> command tree. Each command group lives in its own file under <c>Cli/</c>.</summary>
public static class CommandLineApp
{
    /// <summary>Builds the root command with every sub-command.</summary>
    /// <returns>The root command; call <c>Parse(args).Invoke()</c> on it.</returns>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "mednet: run the MedNet.Notebooks notebooks headless, reproduce the papers' tables, manage ECG data and benchmarks.");
        root.Subcommands.Add(EnvCommand.Create());
        root.Subcommands.Add(DataCommand.Create());
        root.Subcommands.Add(NotebooksCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SignalsCommand.Create());
        root.Subcommands.Add(ReproduceCommand.Create());
        return root;
    }
}
