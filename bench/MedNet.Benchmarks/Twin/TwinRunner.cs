// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Tensors;

namespace MedNet.Benchmarks.Twin;

/// <summary>
/// <c>twin [--filter A,B] [--threads 1,2] [--rounds N] [--scope off|on|both] [--python PATH] [--no-torch]</c>: each workload
/// and its PyTorch twin in interleaved rounds (kit round, twin round, …), medians, ratio, GC counts and load.
/// </summary>
/// <remarks>
/// A round times enough iterations for ≈ 0.1 s (calibrated after a ≥ 0.3 s warm-up) and reports ms per iteration.
/// gen2/100 counts full collections per 100 kit iterations over the timed rounds; "pool new / forced GC" counts arrays the
/// tensor pool had to allocate and the gen-1 collections it forced; alloc is GC heap bytes per iteration.
/// <c>--scope</c>: "on" runs each kit iteration inside <c>torch.NewDisposeScope()</c> (as idiomatic TorchSharp code
/// does), so its tensors go back to the pool at the iteration's end; rows are then named "NAME +scope". "both" (the
/// default) prints the plain row and the scoped row next to each other, each against its own PyTorch rounds.
/// </remarks>
internal static class TwinRunner
{
    private const double RoundSeconds = 0.1;
    private const double WarmupSeconds = 0.3;

    internal static int Run(string[] args)
    {
        var filters = new List<string>();
        int[] threadCounts = [1, 2];
        var rounds = 7;
        var python = Environment.GetEnvironmentVariable("MEDNET_TWIN_PYTHON") ?? "/usr/bin/python3";
        var useTorch = true;
        bool[] scopes = [false, true];
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"twin: expected a value after {args[i]}.");
            switch (args[i])
            {
                case "--filter":
                    filters.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--threads":
                    threadCounts = Array.ConvertAll(Next().Split(',', StringSplitOptions.RemoveEmptyEntries), s => int.Parse(s, CultureInfo.InvariantCulture));
                    break;
                case "--rounds":
                    rounds = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--scope":
                    scopes = Next() switch
                    {
                        "off" => [false],
                        "on" => [true],
                        "both" => [false, true],
                        var v => throw new ArgumentException($"twin: expected --scope off, on or both but got '{v}'."),
                    };
                    break;
                case "--python":
                    python = Next();
                    break;
                case "--no-torch":
                    useTorch = false;
                    break;
                case "--list":
                    foreach (var make in TwinWorkloads.All)
                    {
                        Console.WriteLine(make().Name);
                    }

                    return 0;
                default:
                    Console.Error.WriteLine($"twin: unknown argument '{args[i]}'; expected --filter A,B  --threads 1,2  --rounds N  --scope off|on|both  --python PATH  --no-torch  --list.");
                    return 2;
            }
        }

        if (rounds < 1 || Array.Exists(threadCounts, t => t < 1))
        {
            Console.Error.WriteLine($"twin: expected --rounds ≥ 1 and thread counts ≥ 1 but got rounds={rounds}, threads={string.Join(',', threadCounts)}.");
            return 2;
        }

        TorchTwin? twin = null;
        if (useTorch)
        {
            twin = TorchTwin.TryStart(python, Path.Combine(RepoRoot(), "tools", "twin", "twin.py"), out var reason);
            if (twin is null)
            {
                Console.WriteLine($"PyTorch twin unavailable: {reason}.");
                Console.WriteLine($"Printing the kit's figures only. To compare, install PyTorch and OpenBLAS-OpenMP: {TorchTwin.InstallHint}");
            }
            else
            {
                Console.WriteLine($"PyTorch twin: {twin.Banner}");
            }
        }

        Console.WriteLine($"kit: {RuntimeInfo()}; rounds {rounds}, ≈{RoundSeconds * 1000:0} ms each, medians; ratio = kit / PyTorch (< 1: kit faster)");
        Console.WriteLine();
        Console.WriteLine("| workload | threads | kit ms | PyTorch ms | ratio | gen2/100 it | pool new/forced GC per 100 it | alloc KB/it | load before → after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        using (twin)
        {
            foreach (var make in TwinWorkloads.All)
            {
                var name = make().Name;
                if (filters.Count > 0 && !filters.Exists(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var hasTwin = twin is not null && twin.Has(name);
                foreach (var threads in threadCounts)
                {
                    foreach (var scoped in scopes)
                    {
                        RunOne(make(), threads, rounds, hasTwin ? twin : null, scoped);
                    }
                }
            }
        }

        return 0;
    }

    private static void RunOne(ITwinWorkload work, int threads, int rounds, TorchTwin? twin, bool scoped)
    {
        var loadBefore = LoadAverage();
        torch.set_num_threads(threads);
        work.Threads = threads;
        work.Setup();
        Action iteration = scoped ? () =>
        {
            using var scope = torch.NewDisposeScope();
            work.Run();
        }
        : work.Run;
        var reps = Calibrate(iteration);
        twin?.Run(work.Name, threads); // the twin warms up and calibrates on its first call
        var kit = new double[rounds];
        var py = new double[rounds];
        var gen2 = GC.CollectionCount(2);
        var (misses, forced) = (MedNet.Tensors.Memory.TensorPool.Misses, MedNet.Tensors.Memory.TensorPool.ForcedCollections);
        var allocated = GC.GetTotalAllocatedBytes(true);
        for (var r = 0; r < rounds; r++)
        {
            torch.set_num_threads(threads);
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < reps; i++)
            {
                iteration();
            }

            kit[r] = sw.Elapsed.TotalMilliseconds / reps;
            if (twin is not null)
            {
                py[r] = twin.Run(work.Name, threads);
            }
        }

        var iterations = (double)rounds * reps;
        var gen2Per100 = (GC.CollectionCount(2) - gen2) * 100.0 / iterations;
        var allocKb = (GC.GetTotalAllocatedBytes(true) - allocated) / iterations / 1024.0;
        var missesPer100 = (MedNet.Tensors.Memory.TensorPool.Misses - misses) * 100.0 / iterations;
        var forcedPer100 = (MedNet.Tensors.Memory.TensorPool.ForcedCollections - forced) * 100.0 / iterations;
        var kitMs = Median(kit);
        var pyText = twin is null ? "—" : Median(py).ToString("0.000", CultureInfo.InvariantCulture);
        var ratio = twin is null ? "—" : (kitMs / Median(py)).ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {work.Name}{(scoped ? " +scope" : string.Empty)} | {threads} | {kitMs:0.000} | {pyText} | {ratio} | {gen2Per100:0.0} | {missesPer100:0.0} / {forcedPer100:0.0} | {allocKb:0.0} | {loadBefore} → {LoadAverage()} |"));
    }

    /// <summary>Warms up (JIT tiers, pools) for ≥ WarmupSeconds and ≥ 3 iterations; returns iterations per ≈ RoundSeconds round.</summary>
    private static int Calibrate(Action iteration)
    {
        var sw = Stopwatch.StartNew();
        var n = 0;
        while (n < 3 || sw.Elapsed.TotalSeconds < WarmupSeconds)
        {
            iteration();
            n++;
        }

        // Time the last few warm iterations only.
        sw.Restart();
        for (var i = 0; i < 3; i++)
        {
            iteration();
        }

        var perIter = sw.Elapsed.TotalSeconds / 3;
        return Math.Max(1, (int)Math.Round(RoundSeconds / Math.Max(perIter, 1e-7)));
    }

    private static double Median(double[] values)
    {
        var s = (double[])values.Clone();
        Array.Sort(s);
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>The 1-, 5- and 15-minute load averages, or "?" off Linux.</summary>
    private static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    private static string RuntimeInfo() =>
        $".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, server GC {System.Runtime.GCSettings.IsServerGC}, tiered compilation {Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default"}";

    /// <summary>The folder holding MedNet.Notebooks.sln, searched upwards from the working directory and the binary.</summary>
    private static string RepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedNet.Notebooks.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }
}
