// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedNet.Experiments;
using MedNet.Experiments.Runs;
using MedNet.Experiments.Sweeps;

namespace MedNet.Notebooks.Cli;

/// <summary>
/// <c>mednet sweep plan|run|slurm|status|collect|task</c>: a grid of reproduce runs planned once, run here N at a time or
/// as a Slurm job array, and merged from the tasks' own result files (docs/scale-out.md).
/// </summary>
public static class SweepCommand
{
    /// <summary>Creates the command group.</summary>
    /// <returns>The <c>sweep</c> command.</returns>
    public static Command Create()
    {
        var command = new Command("sweep", "Plan a grid of reproduce runs (ids × seeds × options), run it here or on Slurm, and merge the results.");
        var dir = new Argument<string>("dir") { Description = "The sweep folder (shared by all tasks; on a cluster, on a shared filesystem)." };

        var spec = new Argument<string?>("sweep.json") { Description = "Optional JSON spec: {\"ids\": [...], \"seeds\": \"0-4\", \"set\": {\"profile\": [\"smoke\"]}}.", Arity = ArgumentArity.ZeroOrOne };
        var ids = new Option<string[]>("--id") { Description = "Experiment id(s); repeat or comma-separate.", AllowMultipleArgumentsPerToken = true };
        var seeds = new Option<string?>("--seeds") { Description = "Seeds, e.g. 0-4 or 0,2,5. Default: 0." };
        var set = new Option<string[]>("--set") { Description = $"key=v1,v2: an option of reproduce to vary ({string.Join(", ", SweepSpec.KnownOptions)}); repeatable.", AllowMultipleArgumentsPerToken = true };
        var outDir = new Option<string>("--out") { Description = "The sweep folder to create.", Required = true };
        var plan = new Command("plan", "Expand the grid into numbered tasks and write DIR/manifest.json (with the kit's commit) and DIR/tasks.txt.");
        plan.Arguments.Add(spec);
        plan.Options.Add(ids);
        plan.Options.Add(seeds);
        plan.Options.Add(set);
        plan.Options.Add(outDir);
        plan.SetAction(parse => Plan(parse.InvocationConfiguration.Output, parse.GetValue(spec), parse.GetValue(ids) ?? [], parse.GetValue(seeds), parse.GetValue(set) ?? [], parse.GetValue(outDir)!));
        command.Subcommands.Add(plan);

        var jobs = new Option<int>("--jobs") { Description = "Tasks at a time. Default: 1.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads-per-task") { Description = "MEDNET_THREADS of each task. Default: cores ÷ jobs (at least 1)." };
        var resume = new Option<bool>("--resume") { Description = "Run only the missing or failed tasks of a folder that has results." };
        var run = new Command("run", "Run the pending tasks on this machine, N at a time, with progress (done/failed/pending, ETA).");
        run.Arguments.Add(dir);
        run.Options.Add(jobs);
        run.Options.Add(threads);
        run.Options.Add(resume);
        run.SetAction((parse, ct) => Run(parse.InvocationConfiguration.Output, parse.GetValue(dir)!, parse.GetValue(jobs), parse.GetValue(threads), parse.GetValue(resume), ct));
        command.Subcommands.Add(run);

        var partition = new Option<string?>("--partition") { Description = "Slurm partition. Default: the cluster's default." };
        var time = new Option<string?>("--time") { Description = "Time limit per task, HH:MM:SS." };
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs per task (also its MEDNET_THREADS). Default: 2.", DefaultValueFactory = _ => 2 };
        var mem = new Option<string?>("--mem") { Description = "Memory per task, e.g. 4G." };
        var limit = new Option<int?>("--array-limit") { Description = "Most tasks running at once (%K of --array)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Write the sbatch scripts and print the commands; submit nothing." };
        var sbatch = new Option<string>("--sbatch") { Description = "The sbatch program. Default: sbatch.", DefaultValueFactory = _ => "sbatch" };
        var slurm = new Command("slurm", "Write an sbatch job array (one index = one task) and a collect job that runs after it (afterany), and submit both.");
        slurm.Arguments.Add(dir);
        slurm.Options.Add(partition);
        slurm.Options.Add(time);
        slurm.Options.Add(cpus);
        slurm.Options.Add(mem);
        slurm.Options.Add(limit);
        slurm.Options.Add(dryRun);
        slurm.Options.Add(resume);
        slurm.Options.Add(sbatch);
        slurm.SetAction(parse => Slurm(parse.InvocationConfiguration.Output, parse.GetValue(dir)!, new SlurmOptions(
            parse.GetValue(partition), parse.GetValue(time), parse.GetValue(cpus), parse.GetValue(mem), parse.GetValue(limit), parse.GetValue(dryRun), parse.GetValue(resume), parse.GetValue(sbatch)!)));
        command.Subcommands.Add(slurm);

        var status = new Command("status", "List done, failed (with logs), missing and invalid tasks, from the tasks' result files.");
        status.Arguments.Add(dir);
        status.SetAction(parse => Status(parse.InvocationConfiguration.Output, parse.GetValue(dir)!));
        command.Subcommands.Add(status);

        var collect = new Command("collect", "Merge every finished task into mean ± sd per configuration with the paper's value (DIR/summary.csv, summary.json).");
        collect.Arguments.Add(dir);
        collect.SetAction(parse => Collect(parse.InvocationConfiguration.Output, parse.GetValue(dir)!));
        command.Subcommands.Add(collect);

        var index = new Argument<int>("index") { Description = "Task index (the Slurm array index)." };
        var task = new Command("task", "Run one task (what `run` and the Slurm array call); skipped when its result is already done for the same configuration.");
        task.Arguments.Add(dir);
        task.Arguments.Add(index);
        task.SetAction(parse => Task(parse.InvocationConfiguration.Output, parse.GetValue(dir)!, parse.GetValue(index)));
        command.Subcommands.Add(task);
        return command;
    }

    /// <summary>Settings of <see cref="Slurm"/>.</summary>
    /// <param name="Partition">Partition, or null.</param>
    /// <param name="Time">Time limit per task, or null.</param>
    /// <param name="CpusPerTask">CPUs per task (and the task's thread count).</param>
    /// <param name="Memory">Memory per task, or null.</param>
    /// <param name="ArrayLimit">Most array tasks at once, or null.</param>
    /// <param name="DryRun">Write scripts only.</param>
    /// <param name="Resume">Submit only missing or failed tasks.</param>
    /// <param name="Sbatch">The sbatch program.</param>
    public sealed record SlurmOptions(string? Partition, string? Time, int CpusPerTask, string? Memory, int? ArrayLimit, bool DryRun, bool Resume, string Sbatch);

    /// <summary>Plans a sweep into <paramref name="outDirectory"/>.</summary>
    /// <returns>0, or 2 for an invalid spec (named).</returns>
    public static int Plan(TextWriter console, string? specFile, IReadOnlyList<string> ids, string? seeds, IReadOnlyList<string> sets, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(console);
        SweepSpec spec;
        try
        {
            spec = BuildSpec(specFile, ids, seeds, sets);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or JsonException or IOException)
        {
            console.WriteLine($"error: sweep plan: {ex.Message}");
            return 2;
        }

        SweepManifest manifest;
        try
        {
            manifest = SweepPlanner.Plan(spec, KitCommit(), Reproductions.Ids);
            manifest.Save(outDirectory);
        }
        catch (ArgumentException ex)
        {
            console.WriteLine($"error: {ex.Message}");
            return 2;
        }

        console.WriteLine($"planned {manifest.Tasks.Count} task(s) on commit {manifest.Commit} into {Path.GetFullPath(outDirectory)}:");
        foreach (var t in manifest.Tasks)
        {
            console.WriteLine($"  {t.Index,4}  {t.Configuration} seed={t.Seed}  [{t.ConfigHash}]");
        }

        console.WriteLine($"next: mednet sweep run {outDirectory} --jobs N   or   mednet sweep slurm {outDirectory} --partition P --time HH:MM:SS");
        return 0;
    }

    private static SweepSpec BuildSpec(string? specFile, IReadOnlyList<string> ids, string? seeds, IReadOnlyList<string> sets)
    {
        var idList = new List<string>();
        var seedList = new List<int>();
        var options = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        if (specFile is not null)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(specFile));
            var root = doc.RootElement;
            if (root.TryGetProperty("ids", out var i))
            {
                idList.AddRange(i.EnumerateArray().Select(e => e.GetString() ?? throw new FormatException($"{specFile}: ids: expected strings.")));
            }

            if (root.TryGetProperty("seeds", out var s))
            {
                seedList.AddRange(s.ValueKind == JsonValueKind.String ? SeedList.Parse(s.GetString()!) : s.EnumerateArray().Select(e => e.GetInt32()));
            }

            if (root.TryGetProperty("set", out var o))
            {
                foreach (var p in o.EnumerateObject())
                {
                    options.Add(new(p.Name, [.. p.Value.EnumerateArray().Select(e => e.ToString())]));
                }
            }
        }

        foreach (var id in ids)
        {
            idList.AddRange(id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        if (seeds is not null)
        {
            seedList.Clear();
            seedList.AddRange(SeedList.Parse(seeds));
        }

        if (seedList.Count == 0)
        {
            seedList.Add(0);
        }

        foreach (var s in sets)
        {
            var eq = s.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"--set: expected key=v1,v2 but got '{s}'.");
            }

            options.Add(new(s[..eq].Trim(), s[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries)));
        }

        return new SweepSpec(idList, seedList, options);
    }

    /// <summary>Runs one task in this process and writes its result atomically.</summary>
    /// <returns>0 when the task is (or already was) done; 1 when the run failed (its result says so); 2 for a bad folder or index; 3 on a commit mismatch.</returns>
    public static int Task(TextWriter console, string directory, int index)
    {
        ArgumentNullException.ThrowIfNull(console);
        SweepManifest manifest;
        try
        {
            manifest = SweepManifest.Load(directory);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException)
        {
            console.WriteLine($"error: sweep task: {ex.Message}");
            return 2;
        }

        if (index < 0 || index >= manifest.Tasks.Count)
        {
            console.WriteLine($"error: sweep task: expected an index in [0, {manifest.Tasks.Count}) for {directory} but got {index}.");
            return 2;
        }

        var task = manifest.Tasks[index];
        var commit = KitCommit();
        if (commit != manifest.Commit)
        {
            console.WriteLine($"error: sweep task {index}: the sweep was planned on commit {manifest.Commit} but this kit is {commit}; results of different code are not mixed. Check out {manifest.Commit} or plan a new sweep.");
            return 3;
        }

        var resultPath = SweepManifest.ResultPath(directory, index);
        if (File.Exists(resultPath) && SweepTaskResult.TryLoad(resultPath, task, manifest, out _) is { Succeeded: true })
        {
            console.WriteLine($"task {index} ({task.Configuration} seed={task.Seed}) is already done with configuration {task.ConfigHash}; skipped.");
            return 0;
        }

        console.WriteLine($"task {index}: {task.Configuration} seed={task.Seed} [{task.ConfigHash}] commit={commit}");
        var tee = new LastLineWriter(console);
        var watch = Stopwatch.StartNew();
        int exit;
        try
        {
            exit = CommandLineApp.Build().Parse([.. task.ReproduceArguments(SweepManifest.RunDirectory(directory, index))])
                .Invoke(new InvocationConfiguration { Output = tee, Error = tee, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            tee.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            exit = 1;
        }

        var metrics = exit == 0 ? ParseHeadline(tee.LastLine) : new Dictionary<string, double>();
        var ok = exit == 0 && metrics.Count > 0;
        var result = new SweepTaskResult(index, task.ConfigHash, commit, ok, ok ? 0 : (exit == 0 ? 1 : exit), metrics, tee.LastLine,
            Path.GetFullPath(SweepManifest.LogPath(directory, index)), watch.Elapsed.TotalSeconds, DateTimeOffset.UtcNow);
        result.Save(directory);
        console.WriteLine($"task {index} {(ok ? "done" : "FAILED")} in {watch.Elapsed.TotalSeconds:F1} s; result {resultPath}");
        return ok ? 0 : 1;
    }

    /// <summary>The commit of the checkout this kit was built from (found from the program's own folder, not the current
    /// directory, so a Slurm job started elsewhere still names the code that runs), or "unknown".</summary>
    internal static string KitCommit() => RunContext.FromEnvironment(0, AppContext.BaseDirectory).Commit;

    /// <summary>Parses a headline line <c>name=value name=value …</c> into metrics; tokens that are not numbers are ignored.</summary>
    public static Dictionary<string, double> ParseHeadline(string line)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in (line ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && double.TryParse(token[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            {
                metrics[token[..eq]] = v;
            }
        }

        return metrics;
    }

    /// <summary>Runs the pending tasks here, <paramref name="jobs"/> at a time, each as a child <c>mednet sweep task</c> process with its log.</summary>
    /// <returns>0 when every task is done; 1 when some failed (listed with their logs); 2 for a bad folder or arguments.</returns>
    public static async Task<int> Run(TextWriter console, string directory, int jobs, int? threadsPerTask, bool resume, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (jobs < 1)
        {
            console.WriteLine($"error: sweep run: expected --jobs ≥ 1 but got {jobs}.");
            return 2;
        }

        if (ReadStatus(console, directory, "run") is not { } status)
        {
            return 2;
        }

        if (RefusesToMix(console, directory, status, resume, "run", "run"))
        {
            return 2;
        }

        var pending = status.Pending;
        var threads = threadsPerTask ?? Math.Max(1, Environment.ProcessorCount / jobs);
        console.WriteLine($"sweep run: {pending.Count} of {status.Manifest.Tasks.Count} task(s) to run, {jobs} at a time, MEDNET_THREADS={threads} each");
        var queue = new Queue<int>(pending);
        var running = new List<System.Threading.Tasks.Task<(int Index, int Exit, double Seconds)>>();
        int done = status.Count(SweepTaskState.Done), failed = 0, finished = 0;
        var watch = Stopwatch.StartNew();
        var failures = new List<int>();
        while (queue.Count > 0 || running.Count > 0)
        {
            while (running.Count < jobs && queue.Count > 0)
            {
                running.Add(RunChild(directory, queue.Dequeue(), threads, cancellationToken));
            }

            var next = await System.Threading.Tasks.Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(next);
            var (index, exit, seconds) = await next.ConfigureAwait(false);
            finished++;
            if (exit == 0)
            {
                done++;
            }
            else
            {
                failed++;
                failures.Add(index);
            }

            var left = pending.Count - finished;
            var eta = finished > 0 ? TimeSpan.FromSeconds(watch.Elapsed.TotalSeconds / finished * left) : TimeSpan.Zero;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{finished}/{pending.Count}] task {index} {(exit == 0 ? "ok" : $"FAILED (exit {exit})")} in {seconds:F1} s; done {done}, failed {failed}, pending {left}, ETA {eta:hh\\:mm\\:ss}"));
        }

        foreach (var i in failures)
        {
            console.WriteLine($"failed: task {i} ({status.Manifest.Tasks[i].Configuration} seed={status.Manifest.Tasks[i].Seed}); log {Path.GetFullPath(SweepManifest.LogPath(directory, i))}");
        }

        console.WriteLine(failed == 0 ? $"sweep run: all {status.Manifest.Tasks.Count} task(s) done; next: mednet sweep collect {directory}"
            : $"sweep run: {failed} task(s) failed; fix and rerun them with: mednet sweep run {directory} --resume");
        return failed == 0 ? 0 : 1;
    }

    private static async System.Threading.Tasks.Task<(int, int, double)> RunChild(string directory, int index, int threads, CancellationToken ct)
    {
        var log = SweepManifest.LogPath(directory, index);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var (program, prefix) = Self();
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in prefix)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var a in new[] { "sweep", "task", Path.GetFullPath(directory), index.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["MEDNET_THREADS"] = threads.ToString(CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"sweep run: could not start {program}.");
        await using (var writer = new StreamWriter(log, append: false) { AutoFlush = true }) // the log shows progress as it happens
        {
            var outTask = CopyLinesAsync(process.StandardOutput, writer);
            var errTask = CopyLinesAsync(process.StandardError, writer);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            await System.Threading.Tasks.Task.WhenAll(outTask, errTask).ConfigureAwait(false);
        }

        return (index, process.ExitCode, watch.Elapsed.TotalSeconds);
    }

    private static async System.Threading.Tasks.Task CopyLinesAsync(StreamReader reader, StreamWriter writer)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (writer)
            {
                writer.WriteLine(line);
            }
        }
    }

    /// <summary>How to start this kit again: the apphost, or <c>dotnet mednet.dll</c>.</summary>
    internal static (string Program, IReadOnlyList<string> Prefix) Self()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return viaDotnet || process.Contains("testhost", StringComparison.Ordinal)
            ? (viaDotnet ? process : "dotnet", [typeof(SweepCommand).Assembly.Location])
            : (process, []);
    }

    /// <summary>Writes the job-array and collect scripts and submits them (unless a dry run).</summary>
    /// <returns>0 when submitted (or written, dry run); 1 when sbatch failed (its message printed); 2 for a bad folder or arguments.</returns>
    public static int Slurm(TextWriter console, string directory, SlurmOptions options)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        if (ReadStatus(console, directory, "slurm") is not { } status)
        {
            return 2;
        }

        if (options.CpusPerTask < 1 || options.ArrayLimit is < 1)
        {
            console.WriteLine("error: sweep slurm: expected --cpus-per-task ≥ 1 and --array-limit ≥ 1.");
            return 2;
        }

        if (RefusesToMix(console, directory, status, options.Resume, "slurm", "submit"))
        {
            return 2;
        }

        var indices = status.Pending;
        if (indices.Count == 0)
        {
            console.WriteLine("sweep slurm: every task is done; nothing to submit.");
            return 0;
        }

        var full = Path.GetFullPath(directory);
        var scripts = Path.Combine(full, "slurm");
        Directory.CreateDirectory(scripts);
        Directory.CreateDirectory(Path.Combine(full, "logs"));
        var (program, prefix) = Self();
        var self = string.Join(" ", new[] { program }.Concat(prefix).Select(Quote));
        var header = new List<string> { "#!/bin/bash", "#SBATCH --job-name=mednet-sweep" };
        if (options.Partition is not null)
        {
            header.Add($"#SBATCH --partition={options.Partition}");
        }

        if (options.Time is not null)
        {
            header.Add($"#SBATCH --time={options.Time}");
        }

        if (options.Memory is not null)
        {
            header.Add($"#SBATCH --mem={options.Memory}");
        }

        var array = new List<string>(header)
        {
            $"#SBATCH --array={string.Join(",", indices)}{(options.ArrayLimit is { } k ? $"%{k}" : string.Empty)}",
            $"#SBATCH --cpus-per-task={options.CpusPerTask}",
            $"#SBATCH --output={Path.Combine(full, "logs", "task-%a.log")}",
            "# one array index = one task; the task reads its line of the manifest and writes results/task-<index>.json atomically",
            $"export MEDNET_THREADS=${{SLURM_CPUS_PER_TASK:-{options.CpusPerTask}}}",
            $"exec {self} sweep task {Quote(full)} \"$SLURM_ARRAY_TASK_ID\"",
        };
        var collect = new List<string>(header)
        {
            "#SBATCH --cpus-per-task=1",
            $"#SBATCH --output={Path.Combine(full, "logs", "collect.log")}",
            "# submitted with --dependency=afterany:<array job>, so a failed task cannot leave it pending forever",
            $"exec {self} sweep collect {Quote(full)}",
        };
        var arrayScript = Path.Combine(scripts, "array.sbatch");
        var collectScript = Path.Combine(scripts, "collect.sbatch");
        File.WriteAllText(arrayScript, string.Join("\n", array) + "\n");
        File.WriteAllText(collectScript, string.Join("\n", collect) + "\n");
        console.WriteLine($"wrote {arrayScript} ({indices.Count} task(s): {string.Join(",", indices)}) and {collectScript}");
        if (options.DryRun)
        {
            console.WriteLine($"dry run: {options.Sbatch} --parsable {arrayScript}");
            console.WriteLine($"dry run: {options.Sbatch} --parsable --dependency=afterany:<array job id> {collectScript}");
            return 0;
        }

        var arrayJob = Submit(console, options.Sbatch, [arrayScript]);
        if (arrayJob is null)
        {
            return 1;
        }

        var collectJob = Submit(console, options.Sbatch, [$"--dependency=afterany:{arrayJob}", collectScript]);
        if (collectJob is null)
        {
            return 1;
        }

        console.WriteLine($"submitted array job {arrayJob} ({indices.Count} task(s)) and collect job {collectJob} (after the array, whatever its tasks' outcome)");
        console.WriteLine($"watch: squeue -j {arrayJob},{collectJob}; then mednet sweep status {directory}");
        return 0;
    }

    private static string? Submit(TextWriter console, string sbatch, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(sbatch) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, RedirectStandardInput = true };
        start.ArgumentList.Add("--parsable");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            console.WriteLine($"error: sweep slurm: could not run '{sbatch}' ({ex.Message}); is Slurm's client installed and on PATH? Use --dry-run to only write the scripts.");
            return null;
        }

        using (process)
        {
            process!.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var id = stdout.Trim().Split(';')[0];
            if (process.ExitCode != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
            {
                console.WriteLine($"error: sweep slurm: {sbatch} {string.Join(" ", args)} failed (exit {process.ExitCode}): {stderr.Trim()} {stdout.Trim()}");
                return null;
            }

            return id;
        }
    }

    /// <summary>The folder's task states, or null after printing the named error (no manifest, or an edited one).</summary>
    private static SweepStatus? ReadStatus(TextWriter console, string directory, string verb)
    {
        try
        {
            return SweepStatus.Read(directory);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException)
        {
            console.WriteLine($"error: sweep {verb}: {ex.Message}");
            return null;
        }
    }

    /// <summary>True (after saying so) when the folder already has results and <c>--resume</c> was not given.</summary>
    private static bool RefusesToMix(TextWriter console, string directory, SweepStatus status, bool resume, string verb, string action)
    {
        var started = status.States.Count(s => s != SweepTaskState.Missing);
        if (started == 0 || resume)
        {
            return false;
        }

        console.WriteLine($"error: sweep {verb}: {directory} already has {started} result file(s); pass --resume to {action} only the missing or failed tasks.");
        return true;
    }

    private static string Quote(string s) => s.Contains(' ', StringComparison.Ordinal) || s.Contains('\'', StringComparison.Ordinal) ? "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : s;

    /// <summary>Prints the state of every task.</summary>
    /// <returns>0 when every task is done; 1 otherwise; 2 for a bad folder.</returns>
    public static int Status(TextWriter console, string directory)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (ReadStatus(console, directory, "status") is not { } status)
        {
            return 2;
        }

        PrintStatus(console, directory, status);
        return status.Count(SweepTaskState.Done) == status.States.Count ? 0 : 1;
    }

    private static void PrintStatus(TextWriter console, string directory, SweepStatus status)
    {
        console.WriteLine($"{directory}: {status.States.Count} task(s) on commit {status.Manifest.Commit}: done {status.Count(SweepTaskState.Done)}, " +
            $"failed {status.Count(SweepTaskState.Failed)}, missing {status.Count(SweepTaskState.Missing)}, invalid {status.Count(SweepTaskState.Invalid)}");
        foreach (var t in status.Manifest.Tasks)
        {
            var log = Path.GetFullPath(SweepManifest.LogPath(directory, t.Index));
            switch (status.States[t.Index])
            {
                case SweepTaskState.Failed:
                    console.WriteLine($"  failed  task {t.Index} ({t.Configuration} seed={t.Seed}): {status.Results[t.Index]!.LastLine}; log {log}");
                    break;
                case SweepTaskState.Missing:
                    console.WriteLine($"  missing task {t.Index} ({t.Configuration} seed={t.Seed}); log {(File.Exists(log) ? log : "(none yet)")}");
                    break;
                case SweepTaskState.Invalid:
                    console.WriteLine($"  invalid task {t.Index}: {status.Problems[t.Index]}");
                    break;
            }
        }
    }

    /// <summary>Merges the finished tasks into DIR/summary.csv and summary.json and prints the table.</summary>
    /// <returns>0 when something was merged; 1 when no task is done; 2 for a bad folder.</returns>
    public static int Collect(TextWriter console, string directory)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (ReadStatus(console, directory, "collect") is not { } status)
        {
            return 2;
        }

        PrintStatus(console, directory, status);
        var rows = SweepCollector.Summarise(status);
        if (rows.Count == 0)
        {
            console.WriteLine("sweep collect: no task is done yet; nothing merged.");
            return 1;
        }

        console.WriteLine("| configuration | metric | n | mean ± sd | paper |");
        console.WriteLine("|---|---|---:|---|---:|");
        foreach (var r in rows)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Configuration} | {r.Metric} | {r.Seeds.Count} | {r.Mean:F5} ± {r.StandardDeviation:F5} | {(r.Paper is { } p ? p.ToString("F4", CultureInfo.InvariantCulture) : "—")} |"));
        }

        console.WriteLine();
        console.WriteLine("| configuration | finished tasks | mean s per task | max s | total s |");
        console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (configuration, tasks, mean, max, total) in SweepCollector.Timings(status))
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {configuration} | {tasks} | {mean:F1} | {max:F1} | {total:F1} |"));
        }

        foreach (var path in SweepCollector.Save(directory, rows))
        {
            console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    /// <summary>Passes output through and remembers the last non-empty line (the run's headline or error).</summary>
    private sealed class LastLineWriter(TextWriter inner) : TextWriter
    {
        private readonly System.Text.StringBuilder _line = new();

        public string LastLine { get; private set; } = string.Empty;

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            if (value == '\n')
            {
                var text = _line.ToString().TrimEnd('\r');
                if (text.Trim().Length > 0)
                {
                    LastLine = text;
                }

                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }
}
