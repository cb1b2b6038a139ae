// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Runtime.InteropServices;
using MedNet.Experiments.Profiles;
using MedNet.Signals.Datasets;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet env</c>: prints what a run would use — runtime, threads, profile and data roots.</summary>
public static class EnvCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>env</c> command.</returns>
    public static Command Create()
    {
        var command = new Command("env", "Print the runtime, thread count, profile (MEDNET_PROFILE) and data roots (MEDNET_DATA → data/ → ../shared/data).");
        command.SetAction(parse => Run(parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Writes the environment report.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns>0 when the profile variable is valid, 1 otherwise.</returns>
    public static int Run(TextWriter output)
    {
        output.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture})");
        output.WriteLine($"processors: {Environment.ProcessorCount}");
        int exit = 0;
        try
        {
            output.WriteLine($"profile: {RunProfiles.Current.ToString().ToLowerInvariant()}");
        }
        catch (ArgumentException ex)
        {
            output.WriteLine($"profile: invalid ({ex.Message})");
            exit = 1;
        }

        foreach (var candidate in DataRoot.Candidates())
        {
            output.WriteLine($"data root ({candidate.Source}): {candidate.Path} [{(candidate.Exists ? "present" : "absent")}]");
        }

        return exit;
    }
}
