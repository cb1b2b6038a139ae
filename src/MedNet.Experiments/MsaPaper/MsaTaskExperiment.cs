// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Models.Training;
using MedNet.Signals.Datasets;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary>
/// The task runner of [MSA] Tables 1 and 4: the proposed network (Table 2's "+ HF Preservation" row, guided attention,
/// 0.5–150 Hz data) trained per task — MIT-BIH 5-class through part 1's beat pipeline, PTB-XL and CinC 2017 through
/// <see cref="MsaPtbXlTasks"/> and <see cref="MsaCinCTasks"/> — with Table 1's five metrics and 95 % bootstrap intervals
/// over records (<see cref="MsaTaskMetrics"/>).
/// </summary>
/// <remarks>Source: [MSA] §3.1 A–C, Tables 1 and 4. Differs: D-MS-50 … D-MS-56.</remarks>
public abstract class MsaTaskExperiment : MsaExperiment
{
    /// <summary>Task id → Table 1 row, in Table 1's order.</summary>
    public static IReadOnlyList<(string Id, string Row)> Tasks { get; } =
    [
        ("mitbih", "MIT-BIH 5-Class AAMI"),
        ("ptbxl-mi", "PTB-XL MI Detection"),
        ("ptbxl-loc", "PTB-XL MI Localization"),
        ("cinc-af", "PhysioNet 2017 AF Detection"),
        ("cinc-rhythm", "PhysioNet 2017 Other Rhythms"),
    ];

    /// <inheritdoc/>
    protected override string HeadlineId => "ptbxl-mi";

    /// <inheritdoc/>
    public override string? ProtocolNote(Profiles.RunProfile profile) =>
        profile == Profiles.RunProfile.Paper ? null : $"MIT-BIH {Settings(profile).Brief()}; PTB-XL/CinC {TaskSettings(profile).Brief()}";

    /// <summary>The record-level settings of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The settings.</returns>
    public virtual MsaTaskSettings TaskSettings(Profiles.RunProfile profile) => MsaTaskSettings.For(profile);

    /// <summary>The task of an id, or null for <c>mitbih</c>.</summary>
    /// <param name="id">Task id.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentException">Unknown id.</exception>
    public static MsaRecordTask? TaskOf(string id) => id switch
    {
        "mitbih" => null,
        "ptbxl-mi" => MsaRecordTask.PtbXlMiDetection,
        "ptbxl-loc" => MsaRecordTask.PtbXlMiLocalisation,
        "cinc-af" => MsaRecordTask.CinCAfDetection,
        "cinc-rhythm" => MsaRecordTask.CinCRhythm,
        _ => throw new ArgumentException($"MsaTaskExperiment: unknown task '{id}'; expected one of {string.Join(", ", Tasks.Select(t => t.Id))}.", nameof(id)),
    };

    /// <summary>The proposed network for a task at given widths.</summary>
    /// <param name="id">Task id.</param>
    /// <param name="leads">C.</param>
    /// <param name="classes">K.</param>
    /// <param name="samplingRate">Input rate in Hz.</param>
    /// <param name="widths">Widths.</param>
    /// <returns>The spec.</returns>
    public static MsaModelSpec Proposed(string id, int leads, int classes, double samplingRate, MsaWidths widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var config = widths.Apply(MsaLadder.Full(leads)) with { Classes = classes, SamplingRate = samplingRate };
        return new MsaModelSpec(id, "Proposed", config, HighFrequencyPreservation: true);
    }

    /// <summary>Runs the given tasks and writes their metrics.</summary>
    /// <param name="ctx">Run context.</param>
    /// <param name="log">Progress; may be null.</param>
    /// <param name="ids">Task ids.</param>
    /// <returns>The result.</returns>
    protected ExperimentResult RunTasks(RunContext ctx, Action<string>? log, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(ids);
        var settings = Settings(ctx.Profile);
        var tasks = TaskSettings(ctx.Profile);
        return Wrap(ctx, settings, (metrics, epochs, notes) =>
        {
            notes.Add(tasks.Describe());
            var models = new List<ModelSetup>();
            string fingerprint = "", folder = "";
            foreach (var id in ids)
            {
                var clock = Stopwatch.StartNew();
                if (TaskOf(id) is { } task)
                {
                    var (setup, f) = RunRecordTask(ctx, Id, id, task, tasks, metrics, epochs, notes, log);
                    models.Add(setup);
                    folder = folder.Length == 0 ? f : folder;
                }
                else
                {
                    var (setup, fp, f) = RunMitBih(ctx, settings, tasks, metrics, epochs, notes, log);
                    models.Add(setup);
                    fingerprint = fp;
                    folder = f;
                }

                metrics[$"{id}.task_seconds"] = clock.Elapsed.TotalSeconds;
                notes.Add(AveragingNote(id));
            }

            return (models, fingerprint, folder);
        });
    }

    /// <summary>How the headline figures of a task are averaged.</summary>
    /// <param name="id">Task id.</param>
    /// <returns>The note.</returns>
    public static string AveragingNote(string id) => id switch
    {
        "ptbxl-mi" => "ptbxl-mi: sensitivity/specificity/F1/AUROC of the MI class (binary), per record; CI: bootstrap over records",
        "cinc-af" => "cinc-af: sensitivity/specificity/F1/AUROC of the AF class (binary), per 10 s segment (per record under cinc-af.record.*); CI: bootstrap over records",
        "cinc-rhythm" => "cinc-rhythm: macro mean over N, A, O, ~ present in the test segments (per record under cinc-rhythm.record.*); CI: bootstrap over records",
        "ptbxl-loc" => "ptbxl-loc: macro mean over anterior, inferior, lateral present in the test records; CI: bootstrap over records",
        _ => "mitbih: macro mean over the AAMI classes present in the test beats; CI: bootstrap over records (subjects)",
    };

    private (ModelSetup Setup, string Fingerprint, string Folder) RunMitBih(
        RunContext ctx, MsaSettings settings, MsaTaskSettings tasks, Dictionary<string, double> metrics, List<EpochLog> epochs, List<string> notes, Action<string>? log)
    {
        var data = LoadData(ctx, settings, highFrequencyPreservation: true);
        notes.AddRange(data.Notes);
        var folds = PrepareFolds(data, settings, ctx.Seed, notes);
        var spec = Proposed("mitbih", 1, MsaBeatData.ClassNames.Count, data.SamplingRate, settings.Widths);
        var loss = new ClassificationLossSettings();
        var actual = new List<int>();
        var predicted = new List<int>();
        var probabilities = new List<float>();
        var records = new List<string>();
        foreach (var fold in folds)
        {
            var fit = MsaFit.Run(spec, fold, data.WindowLength, settings.Training, loss, ctx.Seed, log);
            actual.AddRange(fit.Actual);
            predicted.AddRange(fit.Predicted);
            probabilities.AddRange(fit.Probabilities);
            records.AddRange(fold.Test.Subjects);
            epochs.AddRange(fit.Epochs);
            metrics["mitbih.trained_parameters_m"] = fit.Parameters / 1e6;
        }

        MsaTaskMetrics.Add(metrics, "mitbih", [.. actual], [.. predicted], [.. probabilities], MsaBeatData.ClassNames, null, records, tasks.BootstrapResamples, ctx.Seed);
        new MsaTaskScores(MsaBeatData.ClassNames, [.. records], [.. actual], [.. probabilities]).Write(MsaTaskScores.PathOf(ctx.ArtifactsDirectory, Id, ctx.Seed, "mitbih"));
        CountParameters("mitbih", 1, MsaBeatData.ClassNames.Count, data.SamplingRate, metrics);
        log?.Invoke(Line("mitbih", metrics));
        return (Setup(spec, settings, loss, data), data.Fingerprint, data.Folder);
    }

    private static (ModelSetup Setup, string Folder) RunRecordTask(
        RunContext ctx, string experiment, string id, MsaRecordTask task, MsaTaskSettings tasks, Dictionary<string, double> metrics, List<EpochLog> epochs, List<string> notes,
        Action<string>? log)
    {
        var (data, folder) = LoadRecordData(ctx, task, tasks);
        notes.AddRange(data.Notes);
        var spec = Proposed(id, data.Leads, data.ClassNames.Count, data.SamplingRate, tasks.Widths);
        var loss = new ClassificationLossSettings();
        var fit = MsaRecordFit.Run(spec, data, tasks.Training, loss, ctx.Seed, log);
        epochs.AddRange(fit.Epochs);
        metrics[$"{id}.trained_parameters_m"] = fit.Parameters / 1e6;
        metrics[$"{id}.train_seconds"] = fit.TrainSeconds;
        metrics[$"{id}.train_samples"] = fit.TrainSamples;
        MsaTaskMetrics.Add(metrics, id, fit.Actual, fit.Predicted, fit.Probabilities, data.ClassNames, data.Positive, data.Test.Records, tasks.BootstrapResamples, ctx.Seed);
        new MsaTaskScores(data.ClassNames, data.Test.Records, fit.Actual, fit.Probabilities).Write(MsaTaskScores.PathOf(ctx.ArtifactsDirectory, experiment, ctx.Seed, id));
        if (data.Leads == 1)
        {
            var k = data.ClassNames.Count;
            var (records, actual, predicted, probabilities) = MsaTaskMetrics.PerRecord(data.Test.Records, fit.Actual, fit.Probabilities, k);
            MsaTaskMetrics.Add(metrics, $"{id}.record", actual, predicted, probabilities, data.ClassNames, data.Positive, records, tasks.BootstrapResamples, ctx.Seed);
        }

        CountParameters(id, data.Leads, data.ClassNames.Count, data.SamplingRate, metrics);
        log?.Invoke(Line(id, metrics));
        var setup = new ModelSetup(id, spec.Architecture, tasks.Training, loss, data.Length, "per-window per-lead z-score, 0.5–150 Hz");
        return (setup, folder);
    }

    /// <summary>Finds and builds a record task's data for a profile.</summary>
    /// <param name="ctx">Run context (finds the data).</param>
    /// <param name="task">The task.</param>
    /// <param name="tasks">Profile settings.</param>
    /// <returns>The data and its folder.</returns>
    /// <exception cref="DirectoryNotFoundException">The dataset is not present; the message says how to get it.</exception>
    public static (MsaRecordData Data, string Folder) LoadRecordData(RunContext ctx, MsaRecordTask task, MsaTaskSettings tasks)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(tasks);
        var root = ctx.RepositoryRoot ?? Directory.GetCurrentDirectory();
        if (task is MsaRecordTask.PtbXlMiDetection or MsaRecordTask.PtbXlMiLocalisation)
        {
            var folder = DataRoot.FindDataset(PtbXlDatabase.DatasetName, root, ["ptbxl_database.csv", "scp_statements.csv"])
                ?? throw new DirectoryNotFoundException("MsaTaskExperiment: no ptbxl folder found (MEDNET_DATA, data/, ../shared/data); copy PTB-XL there (`mednet data download ptbxl` fetches the metadata and records 1–100).");
            var db = PtbXlDatabase.Load(folder);
            if (tasks.Profile == Profiles.RunProfile.Paper && db.Records.Count < 21_799)
            {
                throw new DirectoryNotFoundException($"MsaTaskExperiment: the paper profile needs the full PTB-XL (21,799 rows in 1.0.3; the paper says 21,837) but {folder} lists {db.Records.Count}; fetch every record from https://physionet.org/content/ptb-xl/ (about 3.1 GB of .dat files).");
            }

            if (tasks.Profile == Profiles.RunProfile.Paper)
            {
                var rate = tasks.TargetRate > 100 ? PtbXlRate.Hz500 : PtbXlRate.Hz100;
                var absent = db.Records.Count(r => !File.Exists(Path.Combine(folder, r.RecordPath(rate) + ".hea")));
                if (absent > 0)
                {
                    throw new DirectoryNotFoundException($"MsaTaskExperiment: the paper profile needs every PTB-XL waveform but {absent} of {db.Records.Count} records have no {rate} files under {folder}.");
                }
            }

            return (MsaPtbXlTasks.Build(db, task, tasks.TargetRate, tasks.PtbXlMaxRecords), folder);
        }

        var sub = tasks.CinCTraining ? "training2017" : "validation";
        var cinc = DataRoot.FindDataset(CinC2017.DatasetName, root, [Path.Combine(sub, "REFERENCE.csv")])
            ?? throw new DirectoryNotFoundException(
                $"MsaTaskExperiment: no cinc2017 folder holds {sub}/REFERENCE.csv (MEDNET_DATA, data/, ../shared/data); " +
                (tasks.CinCTraining ? "the paper profile needs the 8,528 training records (training2017.zip from PhysioNet) unpacked to cinc2017/training2017." : "copy the challenge's validation set to cinc2017/validation."));
        var dir = Path.Combine(cinc, sub);
        var entries = CinC2017.ReadReference(Path.Combine(dir, "REFERENCE.csv"));
        return (MsaCinCTasks.Build(dir, entries, task, tasks.TargetRate, ctx.Seed, tasks.CinCMaxRecords, tasks.CinCMaxSegmentsPerRecord), dir);
    }

    private static void CountParameters(string id, int leads, int classes, double samplingRate, Dictionary<string, double> metrics)
    {
        var full = Proposed(id, leads, classes, samplingRate, MsaWidths.Paper);
        var compressed = full.With((MsaClassifierConfig)full.Architecture with { BranchConvolution = ConvolutionKind.DepthwiseSeparable });
        torch.manual_seed(0);
        metrics[$"{id}.paper_width_parameters_m"] = full.Build().parameter_count() / 1e6;
        metrics[$"{id}.compressed_parameters_m"] = compressed.Build().parameter_count() / 1e6;
    }

    private static string Line(string id, Dictionary<string, double> m) => string.Create(CultureInfo.InvariantCulture,
        $"{id}: accuracy={m[$"{id}.accuracy"]:F4} sensitivity={m[$"{id}.sensitivity"]:F4} specificity={m[$"{id}.specificity"]:F4} f1={m[$"{id}.f1"]:F4} auroc={m[$"{id}.auroc"]:F4}");
}
