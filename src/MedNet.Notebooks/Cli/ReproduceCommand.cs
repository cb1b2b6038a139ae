// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Tensors;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet reproduce &lt;id&gt;</c>: runs a registered reproduction experiment over seeds and compares it with the paper.</summary>
/// <remarks>
/// Writes <c>&lt;out&gt;/&lt;id&gt;/seed&lt;n&gt;.json</c> per seed and <c>summary.json</c> (mean ± sample sd), prints the paper
/// comparison and a metric grid, and ends with the line <c>f1=… precision=… recall=… roc_auc=…</c> (seed means of the
/// experiment's <see cref="ReproductionExperiment.Headline"/>).
/// </remarks>
public static class ReproduceCommand
{
    /// <summary>The id that lists the experiments instead of running one.</summary>
    public const string ListId = "list";

    /// <summary>The id that builds the paper / authors' code / kit table from run records instead of running an experiment.</summary>
    public const string TableId = "table";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>reproduce</c> command.</returns>
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = $"Experiment id ({string.Join(", ", Reproductions.Ids)}), '{ListId}' to print the ids with titles, or '{TableId}' to build the three-column MBA table from run records (--from, --into)." };
        var profile = new Option<string?>("--profile") { Description = "smoke | laptop | paper. Default: MEDNET_PROFILE, else smoke." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the run, ≥ 0. Default: 0." };
        var seeds = new Option<string?>("--seeds") { Description = "Several seeds: ranges and lists, e.g. 0-4 or 0,1,2; reports mean ± sample sd. Replaces --seed." };
        var output = new Option<string?>("--out") { Description = "Artifacts folder; files go to <out>/<id>/. Default: artifacts/ of the repository." };
        var from = new Option<string?>("--from") { Description = $"With '{TableId}': the folder of run records (<from>/<id>/seed<n>.json) of {string.Join(", ", PaperReadings.RunIds)}." };
        var dtype = new Option<string?>("--dtype") { Description = "float32 (default) or float64: train DTAAD/MED-Net in float64 as the DTAAD repository runs (model.double()); recorded in the run record." };
        var into = new Option<string?>("--into") { Description = $"With '{TableId}': a markdown file whose generated block (between '{PaperReadings.BeginMarker}' and its END line) is replaced; without it the block is printed." };
        var command = new Command(
            "reproduce",
            "Reproduce a table or claim of the papers: train, evaluate, compare with the reported values, write JSON run records " +
            "(<out>/<id>/seed<n>.json, comparison.md, summary.json). The last line gives the experiment's headline figures " +
            "(with several seeds, the means): " + string.Join("; ", Reproductions.All.Select(e => $"{e.Id}: '{e.Headline.Pattern}', {e.Headline.Description}")) + ".");
        command.Arguments.Add(id);
        command.Options.Add(profile);
        command.Options.Add(seed);
        command.Options.Add(seeds);
        command.Options.Add(output);
        command.Options.Add(from);
        command.Options.Add(into);
        command.Options.Add(dtype);
        command.SetAction(parse => string.Equals(parse.GetValue(id)!.Trim(), TableId, StringComparison.OrdinalIgnoreCase)
            ? Table(parse.InvocationConfiguration.Output, parse.GetValue(from), parse.GetValue(into))
            : Run(parse.InvocationConfiguration.Output, parse.GetValue(id)!, parse.GetValue(profile), parse.GetValue(seed), parse.GetValue(seeds), parse.GetValue(output), parse.GetValue(dtype)));
        return command;
    }

    /// <summary>Runs (or lists) experiments.</summary>
    /// <param name="console">Where progress, tables and the last line go.</param>
    /// <param name="id">Experiment id or <see cref="ListId"/>.</param>
    /// <param name="profileName">Profile name, or null for MEDNET_PROFILE (default smoke).</param>
    /// <param name="seed">Single seed, or null.</param>
    /// <param name="seedList">Seed list such as <c>0-4</c>, or null.</param>
    /// <param name="outputDirectory">Artifacts folder, or null for the repository's <c>artifacts/</c>.</param>
    /// <param name="dtypeName">"float32" or "float64", or null for float32.</param>
    /// <returns>0 on success, 1 when the input data is missing or malformed (the message names the file), 2 for invalid arguments.</returns>
    public static int Run(TextWriter console, string id, string? profileName, int? seed, string? seedList, string? outputDirectory, string? dtypeName = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(id);
        if (string.Equals(id.Trim(), ListId, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var e in Reproductions.All)
            {
                console.WriteLine($"{e.Id,-16} {e.Title}");
            }

            return 0;
        }

        ReproductionExperiment experiment;
        RunContext ctx;
        IReadOnlyList<int> seeds;
        try
        {
            experiment = Reproductions.Get(id);
            var profile = profileName is null ? RunProfiles.Current : RunProfiles.Parse(profileName, "--profile");
            seeds = ParseSeeds(seed, seedList);
            ctx = RunContext.FromEnvironment(seeds[0]) with { Profile = profile };
            if (outputDirectory is not null)
            {
                ctx = ctx with { ArtifactsDirectory = Path.GetFullPath(outputDirectory) };
            }

            ctx = ctx with { DType = ParseDType(dtypeName, experiment) };
        }
        catch (ArgumentException ex)
        {
            // The message without the " (Parameter 'name')" suffix, which names a C# parameter, not an option.
            console.WriteLine($"error: {(ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal))}");
            return 2;
        }
        catch (KeyNotFoundException ex)
        {
            console.WriteLine($"error: {ex.Message}");
            return 2;
        }

        console.WriteLine($"reproduce {experiment.Id}: {experiment.Title}");
        console.WriteLine($"profile={ctx.Profile.ToString().ToLowerInvariant()} {SeedList.Format(seeds)} threads={ctx.Threads} commit={ctx.Commit}");
        ReproductionReport report;
        try
        {
            report = Reproductions.Run(experiment, ctx, seeds, console.WriteLine);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
        {
            // Missing or malformed input data: say which file and how to get it, without a stack trace.
            console.WriteLine($"error: {experiment.Id}: {ex.Message}");
            return 1;
        }

        foreach (var r in report.Results)
        {
            var h = experiment.Headline;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed={r.Context.Seed} {h.Format(r.Metric)} wall_seconds={r.WallSeconds:F1}"));
        }

        console.WriteLine();
        console.WriteLine(report.Comparison.ToPlainText());
        console.WriteLine();
        console.WriteLine(MetricGrid(report.Summary));
        foreach (var path in report.Save(ctx.ArtifactsDirectory))
        {
            console.WriteLine($"wrote {path}");
        }

        console.WriteLine(report.HeadlineLine());
        return 0;
    }

    /// <summary>Builds the paper / authors' code / kit table of MBA (<see cref="PaperReadings"/>) from run records; prints it or writes it into a markdown file.</summary>
    /// <param name="console">Where the block (or the path written) goes.</param>
    /// <param name="fromDirectory">Folder of run records; required.</param>
    /// <param name="intoFile">Markdown file whose generated block is replaced, or null to print the block.</param>
    /// <returns>0 on success, 1 when the records or the file's markers are missing, 2 when --from is not given.</returns>
    public static int Table(TextWriter console, string? fromDirectory, string? intoFile)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (fromDirectory is null)
        {
            console.WriteLine($"error: {TableId}: expected --from <folder of run records> but got none.");
            return 2;
        }

        try
        {
            var readings = PaperReadings.Load(fromDirectory);
            if (intoFile is null)
            {
                console.Write(readings.ToMarkdown());
                return 0;
            }

            File.WriteAllText(intoFile, readings.ReplaceBlock(File.ReadAllText(intoFile)));
            console.WriteLine($"wrote {intoFile} ({readings.Rows.Count} rows, {readings.Switches.Count} switch variants, runs: {string.Join(", ", readings.Runs.Keys)})");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            console.WriteLine($"error: {TableId}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The summary as text: one row per POT view (mean ± sd of f1 … threshold), then the other metrics.</summary>
    /// <param name="summary">The seed summary.</param>
    /// <returns>The text.</returns>
    public static string MetricGrid(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string[] columns = ["f1", "precision", "recall", "roc_auc", "score_roc_auc", "threshold"];
        var views = new List<string>();
        var others = new List<string>();
        foreach (var name in summary.Metrics.Keys)
        {
            var dot = name.LastIndexOf('.');
            var view = dot > 0 ? name[..dot] : string.Empty;
            if (dot > 0 && name[(dot + 1)..] == "f1")
            {
                views.Add(view);
            }
            else if (!Array.Exists(columns, c => name == $"{view}.{c}") && !IsCount(name))
            {
                others.Add(name);
            }
        }

        var sb = new System.Text.StringBuilder($"metrics ({SeedList.Format(summary.Seeds)}; mean ± sample sd over seeds)\n");
        sb.Append($"{"view",-40}");
        foreach (var c in columns)
        {
            sb.Append($" {c,20}");
        }

        sb.Append('\n');
        foreach (var view in views)
        {
            sb.Append($"{view,-40}");
            foreach (var c in columns)
            {
                sb.Append($" {(summary.Metrics.TryGetValue($"{view}.{c}", out var m) ? m.Format() : "—"),20}");
            }

            sb.Append('\n');
        }

        foreach (var name in others)
        {
            sb.Append($"{name} = {summary.Metrics[name].Format()}\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static bool IsCount(string name) =>
        name.EndsWith(".tp", StringComparison.Ordinal) || name.EndsWith(".tn", StringComparison.Ordinal)
        || name.EndsWith(".fp", StringComparison.Ordinal) || name.EndsWith(".fn", StringComparison.Ordinal);

    private static ScalarType ParseDType(string? name, ReproductionExperiment experiment)
    {
        var dtype = name?.Trim().ToLowerInvariant() switch
        {
            null or "float32" or "float" => ScalarType.Float32,
            "float64" or "double" => ScalarType.Float64,
            _ => throw new ArgumentException($"--dtype: expected float32 or float64 but got '{name}'."),
        };
        return dtype == ScalarType.Float64 && !experiment.SupportsFloat64
            ? throw new ArgumentException($"--dtype: {experiment.Id} trains in float32 only; float64 runs are offered for the DTAAD and MED-Net table experiments (e.g. mednet-table3, mednet-table4).")
            : dtype;
    }

    private static IReadOnlyList<int> ParseSeeds(int? seed, string? seedList)
    {
        if (seed is not null && seedList is not null)
        {
            throw new ArgumentException($"--seed/--seeds: expected one of them but got both (--seed {seed}, --seeds {seedList}).");
        }

        if (seedList is not null)
        {
            return SeedList.Parse(seedList);
        }

        var s = seed ?? 0;
        return s >= 0 ? [s] : throw new ArgumentException($"--seed: expected an integer ≥ 0 but got {s}.");
    }
}
