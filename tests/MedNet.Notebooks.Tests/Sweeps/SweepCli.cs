using System.Diagnostics;

namespace MedNet.Notebooks.Tests.Sweeps;

/// <summary>Runs the built kit (<c>dotnet src/MedNet.Notebooks/bin/Release/net10.0/mednet.dll</c>) as a user would, so its
/// child tasks and Slurm jobs start the same program.</summary>
internal static class SweepCli
{
    public static string Dll
    {
        get
        {
            var repo = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("MedNet.Notebooks.sln not found above the test assembly.");
            var dll = Path.Combine(repo, "src", "MedNet.Notebooks", "bin", "Release", "net10.0", "mednet.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution in Release first.");
        }
    }

    public static (int Exit, string Output) Mednet(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Run("dotnet", [Dll, .. args], environment);

    public static (int Exit, string Output) Run(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish within {timeoutSeconds} s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
