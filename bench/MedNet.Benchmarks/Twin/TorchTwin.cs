// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;

namespace MedNet.Benchmarks.Twin;

/// <summary>
/// The persistent PyTorch process (tools/twin/twin.py under Debian's python3 with OpenBLAS-OpenMP): one line in
/// ("run NAME THREADS"), one line out ("ok MS REPS" or "error …"), so kit and PyTorch rounds interleave.
/// </summary>
internal sealed class TorchTwin : IDisposable
{
    /// <summary>How to get the twin's dependencies on Debian/Ubuntu.</summary>
    internal const string InstallHint = "apt-get install python3-torch libopenblas0-openmp";

    private readonly Process _process;

    private TorchTwin(Process process, string banner)
    {
        _process = process;
        Banner = banner;
    }

    /// <summary>What the twin said about itself: torch version, BLAS library, thread backend.</summary>
    internal string Banner { get; }

    /// <summary>Starts the twin, or returns null with the reason.</summary>
    /// <param name="python">Interpreter, default /usr/bin/python3 (Debian's, which sees python3-torch).</param>
    /// <param name="script">Path of tools/twin/twin.py.</param>
    /// <param name="reason">Why the twin is unavailable, when null is returned.</param>
    internal static TorchTwin? TryStart(string python, string script, out string reason)
    {
        if (!File.Exists(script))
        {
            reason = $"the twin script {script} is missing";
            return null;
        }

        var info = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-u");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add("--serve");
        var blas = OpenBlasOpenMpFolder();
        if (blas is not null)
        {
            var old = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
            info.Environment["LD_LIBRARY_PATH"] = string.IsNullOrEmpty(old) ? blas : blas + ":" + old;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            reason = $"{python} could not be started ({e.Message})";
            return null;
        }

        var banner = process.StandardOutput.ReadLine();
        if (banner is null || !banner.StartsWith("ok ", StringComparison.Ordinal))
        {
            process.WaitForExit(5000);
            reason = banner is null ? $"{python} {script} exited (is python3-torch installed?)" : banner;
            process.Dispose();
            return null;
        }

        reason = "";
        var twin = new TorchTwin(process, banner[3..] + (blas is null ? " (no openblas-openmp folder found; LD_LIBRARY_PATH unchanged)" : $" (LD_LIBRARY_PATH={blas})"));
        return twin;
    }

    /// <summary>Times one round of <paramref name="name"/> at <paramref name="threads"/> threads in the twin.</summary>
    /// <returns>Milliseconds per iteration.</returns>
    internal double Run(string name, int threads)
    {
        _process.StandardInput.WriteLine($"run {name} {threads.ToString(CultureInfo.InvariantCulture)}");
        _process.StandardInput.Flush();
        var line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"twin: the PyTorch process exited while running {name}.");
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != "ok")
        {
            throw new InvalidOperationException($"twin: PyTorch answered '{line}' for {name} at {threads} threads.");
        }

        return double.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    /// <summary>True if the twin defines a workload of that name.</summary>
    internal bool Has(string name)
    {
        _process.StandardInput.WriteLine($"has {name}");
        _process.StandardInput.Flush();
        return _process.StandardOutput.ReadLine() == "ok yes";
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.WriteLine("quit");
            _process.StandardInput.Flush();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }
        }
        catch (IOException)
        {
            // The process already exited.
        }

        _process.Dispose();
    }

    /// <summary>Debian's OpenBLAS-OpenMP library folder (libopenblas0-openmp), if installed.</summary>
    private static string? OpenBlasOpenMpFolder()
    {
        foreach (var arch in new[] { "x86_64-linux-gnu", "aarch64-linux-gnu" })
        {
            var dir = $"/usr/lib/{arch}/openblas-openmp";
            if (File.Exists(Path.Combine(dir, "libblas.so.3")))
            {
                return dir;
            }
        }

        return null;
    }
}
