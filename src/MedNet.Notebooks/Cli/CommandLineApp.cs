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
        root.Subcommands.Add(SweepCommand.Create());
        return root;
    }

    /// <summary>Runs the command line: bad input (a missing folder or file, an invalid argument or data) ends with one
    /// <c>error: …</c> line naming what is wrong and exit code 1, not a stack trace; Ctrl-C ends with exit code 130; any other
    /// exception (a defect) ends with one <c>internal error: …</c> line and exit code 70 (MEDNET_DEBUG=1 lets it through).</summary>
    /// <param name="args">The process arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return Build().Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or FormatException or InvalidOperationException
            or HttpRequestException or TimeoutException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled.");
            return 130;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("MEDNET_DEBUG") != "1")
        {
            // Anything else is a defect of the kit, not of the input: one line naming it, no stack trace (MEDNET_DEBUG=1 shows it).
            Console.Error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message} (a defect of the kit; rerun with MEDNET_DEBUG=1 for the stack trace and report it)");
            return 70;
        }
    }
}
