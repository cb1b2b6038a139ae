// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.MsaPaper;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Training;
using MedNet.Signals.Datasets;
using MedNet.Signals.Splits;
using MedNet.Tensors;

namespace MedNet.Experiments.Explainability;

/// <summary>
/// The quantities of [MSA] §3.3 measured on small classifiers trained here: SHAP mass per beat region (MIT-BIH, AAMI),
/// high-attention overlap with diagnostic zones (PTB-XL MI, CinC AF), attention in R + 100 … 300 ms with and without guided
/// attention (CinC AF), per-lead importance (PTB-XL 12-lead).
/// </summary>
/// <remarks>
/// The networks are the MSA architecture (multi-scale block, SE, spatial or guided attention, MHSA, BiLSTM) at reduced width,
/// trained for a few epochs (<see cref="MsaExplanationSettings"/>), so the numbers describe those networks, not the paper's.
/// Diagnostic zones replace the paper's cardiologist annotations (not public): they are fixed intervals around R peaks
/// (MI: QRS = R ± 50 ms ∪ ST-T = R + 100 … 300 ms; AF: P wave = R − 200 … R − 50 ms ∪ ST-T), with R from the reference
/// annotations (MIT-BIH) or Pan–Tompkins (PTB-XL, CinC). "High attention" = Grad-CAM map ≥ <see cref="MsaExplanationSettings.HighAttention"/>
/// × its maximum in the window. Grad-CAM is taken at the last multi-scale block (before the attention modules).
/// </remarks>
public static class MsaExplanation
{
    /// <summary>The explained layer: the last multi-scale block.</summary>
    public const string GradCamLayer = "block0";

    /// <summary>Builds and trains one small MSA classifier on the training side of <paramref name="windows"/> (minority classes repeated to balance).</summary>
    /// <param name="windows">The data.</param>
    /// <param name="spatial">Plain or guided spatial attention.</param>
    /// <param name="settings">Width and epochs.</param>
    /// <param name="seed">Seed of initialisation and batch order.</param>
    /// <returns>The network in eval mode.</returns>
    public static MsaClassifier Fit(ExplainedWindows windows, SpatialAttentionKind spatial, MsaExplanationSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(settings);
        var train = Balanced(windows, windows.Side(true));
        var model = Build(windows, spatial, settings, seed);
        var x = windows.Inputs(train);
        if (spatial == SpatialAttentionKind.Guided)
        {
            x = MsaPriors.Append(x, windows.Priors(train));
        }

        var labels = new float[train.Length];
        for (var i = 0; i < train.Length; i++)
        {
            labels[i] = windows.Labels[train[i]];
        }

        var loss = new Tensors.NN.CrossEntropyLoss();
        var options = new TrainingOptions(new OptimizerSettings(OptimizerKind.Adam, 3e-3), new ConstantSchedule(), 32, settings.Epochs, Shuffle: true, ShuffleSeed: seed);
        Trainer.Fit(model, x, torch.tensor(labels, [train.Length]), (b, t) => loss.forward(model.call(b), t!), options, null, nameof(MsaExplanation));
        model.eval();
        return model;
    }

    /// <summary>The untrained network <see cref="Fit"/> starts from (random weights: the randomisation test's reference), in eval mode.</summary>
    /// <param name="windows">The data (leads, classes, fs).</param>
    /// <param name="spatial">Plain or guided spatial attention.</param>
    /// <param name="settings">Width.</param>
    /// <param name="seed">Seed of the initialisation.</param>
    /// <returns>The network.</returns>
    public static MsaClassifier Build(ExplainedWindows windows, SpatialAttentionKind spatial, MsaExplanationSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(settings);
        var config = new MsaClassifierConfig
        {
            InputLeads = windows.Leads,
            Classes = windows.ClassNames.Count,
            SamplingRate = windows.SamplingRate,
            StemChannels = settings.Width,
            ResUBlocks = 1,
            BranchChannels = settings.Width,
            BlockChannels = 2 * settings.Width,
            SeReduction = 4,
            SpatialAttention = spatial,
            Heads = 2,
            LstmHidden = settings.Width,
            LstmLayers = 1,
            HeadHidden = 2 * settings.Width,
            Dropout = 0.2,
        };
        torch.manual_seed(seed);
        var model = new MsaClassifier(config);
        model.eval();
        return model;
    }

    /// <summary>Softmax probabilities of some windows, (n, K) row-major.</summary>
    /// <param name="model">The network.</param>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows.</param>
    /// <returns>Probabilities.</returns>
    public static float[] Probabilities(MsaClassifier model, ExplainedWindows windows, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        return model.Probabilities(windows.Inputs(indices), PriorsFor(model, windows, indices)).ToArray();
    }

    /// <summary>Held-out accuracy.</summary>
    /// <param name="model">The network.</param>
    /// <param name="windows">The data.</param>
    /// <returns>Fraction of held-out windows classified right.</returns>
    public static double Accuracy(MsaClassifier model, ExplainedWindows windows)
    {
        var test = windows.Side(false);
        var p = Probabilities(model, windows, test);
        var k = windows.ClassNames.Count;
        var right = 0;
        for (var i = 0; i < test.Length; i++)
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                best = p[(i * k) + c] > p[(i * k) + best] ? c : best;
            }

            right += best == windows.Labels[test[i]] ? 1 : 0;
        }

        return test.Length == 0 ? double.NaN : (double)right / test.Length;
    }

    /// <summary>The logit of each window's own class, with that window's priors when the network is guided: (B, C, L) ↦ (B).</summary>
    /// <param name="model">The network.</param>
    /// <param name="priors">(B, 2, L) for a guided network, else null.</param>
    /// <param name="classes">Class per window (B).</param>
    /// <returns>The score.</returns>
    public static Func<Tensor, Tensor> Score(MsaClassifier model, Tensor? priors, int[] classes)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(classes);
        var k = model.Config.Classes;
        var onehot = new float[classes.Length * k];
        for (var i = 0; i < classes.Length; i++)
        {
            onehot[(i * k) + classes[i]] = 1f;
        }

        var select = torch.tensor(onehot, [classes.Length, k]);
        return x => (model.forward(x, priors) * select).sum(1);
    }

    /// <summary>The logit of one class for any batch of copies of one window's priors (for SHAP/GradientSHAP, whose batches vary).</summary>
    /// <param name="model">The network.</param>
    /// <param name="windows">The data.</param>
    /// <param name="window">The explained window (its priors are used for every row).</param>
    /// <param name="classIndex">The class.</param>
    /// <returns>(B, C, L) ↦ (B).</returns>
    public static Func<Tensor, Tensor> WindowScore(MsaClassifier model, ExplainedWindows windows, int window, int classIndex)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        var guided = model.guided_attention is not null;
        var row = guided ? windows.Priors([window]).ToArray() : [];
        var cache = new Dictionary<int, Tensor>();
        return x =>
        {
            var b = (int)x.size(0);
            Tensor? priors = null;
            if (guided && !cache.TryGetValue(b, out priors))
            {
                var data = new float[b * row.Length];
                for (var i = 0; i < b; i++)
                {
                    row.CopyTo(data, i * row.Length);
                }

                priors = torch.tensor(data, [b, 2, windows.Length]);
                cache[b] = priors;
            }

            return model.forward(x, priors).select(1, classIndex);
        };
    }

    /// <summary>Grad-CAM maps of <see cref="GradCamLayer"/> for each window's own class, each divided by its maximum (all-zero maps stay zero).</summary>
    /// <param name="model">The network.</param>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows.</param>
    /// <param name="batchSize">Windows per forward + backward. Default: 32.</param>
    /// <returns>(n, L) row-major, each in [0, 1].</returns>
    public static float[] GradCamMaps(MsaClassifier model, ExplainedWindows windows, IReadOnlyList<int> indices, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(indices);
        var l = windows.Length;
        var maps = new float[indices.Count * l];
        var cam = new GradCam(model, GradCamLayer);
        for (var start = 0; start < indices.Count; start += batchSize)
        {
            var batch = indices.Skip(start).Take(batchSize).ToArray();
            var classes = Array.ConvertAll(batch, i => windows.Labels[i]);
            var r = cam.Compute(windows.Inputs(batch), Score(model, PriorsFor(model, windows, batch), classes));
            for (var i = 0; i < batch.Length; i++)
            {
                var dst = maps.AsSpan((start + i) * l, l);
                r.MapOf(i).CopyTo(dst);
                var max = System.Numerics.Tensors.TensorPrimitives.Max<float>(dst);
                if (max > 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.Multiply(dst, 1f / max, dst);
                }
            }
        }

        return maps;
    }

    /// <summary>The spatial (or guided) attention gate of each window, (n, L).</summary>
    /// <param name="model">The network.</param>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows.</param>
    /// <returns>Gates in (0, 1).</returns>
    public static float[] Gates(MsaClassifier model, ExplainedWindows windows, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        var x = windows.Inputs(indices);
        var priors = PriorsFor(model, windows, indices);
        var name = model.guided_attention is not null ? "guided_attention" : "spatial_attention";
        return AttentionCapture.Capture(model, () => model.forward(x, priors), name)[0].Values;
    }

    /// <summary>A 0/1 zone of a window: the samples from R + <paramref name="fromMs"/> (inclusive) to R + <paramref name="toMs"/> (exclusive) around each R peak.</summary>
    /// <param name="rPeaks">R peaks in the window.</param>
    /// <param name="samplingRate">fs.</param>
    /// <param name="length">L.</param>
    /// <param name="fromMs">Start relative to R.</param>
    /// <param name="toMs">End relative to R.</param>
    /// <param name="zone">Accumulates (OR) the zone.</param>
    public static void AddZone(ReadOnlySpan<int> rPeaks, double samplingRate, int length, double fromMs, double toMs, Span<bool> zone)
    {
        var a = (int)Math.Round(fromMs * samplingRate / 1000);
        var b = (int)Math.Round(toMs * samplingRate / 1000);
        foreach (var r in rPeaks)
        {
            for (int t = Math.Max(0, r + a), end = Math.Min(length, r + b); t < end; t++)
            {
                zone[t] = true;
            }
        }
    }

    /// <summary>Mean over windows of the share of high-attention samples (map ≥ threshold) that fall inside the zone, and the mean zone fraction (chance).</summary>
    /// <param name="maps">(n, L) maps in [0, 1].</param>
    /// <param name="zones">(n, L) zones.</param>
    /// <param name="length">L.</param>
    /// <param name="threshold">High-attention threshold.</param>
    /// <returns>(overlap, chance); windows with no high-attention sample are skipped.</returns>
    public static (double Overlap, double Chance) Overlap(ReadOnlySpan<float> maps, ReadOnlySpan<bool> zones, int length, double threshold)
    {
        double overlap = 0, chance = 0;
        var counted = 0;
        for (var w = 0; w * length < maps.Length; w++)
        {
            var m = maps.Slice(w * length, length);
            var z = zones.Slice(w * length, length);
            int high = 0, inside = 0, zoneCount = 0;
            for (var t = 0; t < length; t++)
            {
                zoneCount += z[t] ? 1 : 0;
                if (m[t] >= threshold)
                {
                    high++;
                    inside += z[t] ? 1 : 0;
                }
            }

            if (high > 0)
            {
                overlap += (double)inside / high;
                chance += (double)zoneCount / length;
                counted++;
            }
        }

        return counted == 0 ? (double.NaN, double.NaN) : (overlap / counted, chance / counted);
    }

    /// <summary>Mean over windows of the share of a map's mass inside the zone.</summary>
    /// <param name="maps">(n, L).</param>
    /// <param name="zones">(n, L).</param>
    /// <param name="length">L.</param>
    /// <returns>Mean share.</returns>
    public static double MeanMassShare(ReadOnlySpan<float> maps, ReadOnlySpan<bool> zones, int length)
    {
        var n = maps.Length / length;
        var sum = 0.0;
        for (var w = 0; w < n; w++)
        {
            sum += AttributionStatistics.MassShare(maps.Slice(w * length, length), zones.Slice(w * length, length));
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>Runs every §3.3 measurement on the profile's data.</summary>
    /// <param name="ctx">Profile, seed, repository root.</param>
    /// <param name="settings">Sizes; default <see cref="MsaExplanationSettings.For"/> the context's profile.</param>
    /// <param name="log">Progress lines; may be null.</param>
    /// <returns>The numbers, the Figure 1 examples, the data and the trained networks.</returns>
    public static MsaExplanationRun Run(RunContext ctx, MsaExplanationSettings? settings = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        settings ??= MsaExplanationSettings.For(ctx.Profile);
        var root = ctx.RepositoryRoot ?? Directory.GetCurrentDirectory();
        var notes = new List<string>();
        var accuracies = new Dictionary<string, double>();
        var inv = CultureInfo.InvariantCulture;

        // 1. MIT-BIH AAMI: exact Shapley values of the four beat regions.
        var msa = MsaSettings.For(ctx.Profile);
        var records = msa.Data.Records ?? MitBih.Records;
        var beats = MsaBeatData.Load(MsaBeatData.FindFolder(ctx, records), msa.Data);
        var ds1 = new HashSet<string>(DeChazalSplit.DS1);
        var trainBeats = new List<int>();
        var testBeats = new List<int>();
        for (var i = 0; i < beats.Count; i++)
        {
            (ds1.Contains(beats.RecordOf(i)) ? trainBeats : testBeats).Add(i);
        }

        var mit = ExplainedWindowSets.MitBih(beats, trainBeats, testBeats);
        log?.Invoke($"{mit.Source}: train {trainBeats.Count}, held out {testBeats.Count}");
        var mitModel = Fit(mit, SpatialAttentionKind.Guided, settings, ctx.Seed);
        accuracies["MIT-BIH AAMI (guided)"] = Accuracy(mitModel, mit);
        var (regionShares, regionChance, shapBeats, gap) = RegionShares(mitModel, mit, settings, ctx.Seed);
        log?.Invoke($"SHAP regions over {shapBeats} beats: {string.Join(" ", regionShares.Select(s => s.ToString("P1", inv)))}");

        // 2. PTB-XL: MI overlap and per-lead importance.
        var ptbFolder = DataRoot.FindDataset(PtbXlDatabase.DatasetName, root, ["ptbxl_database.csv"])
            ?? throw new DirectoryNotFoundException("MsaExplanation: no ptbxl folder (MEDNET_DATA/ptbxl or ../shared/data/ptbxl).");
        var ptb = ExplainedWindowSets.PtbXl(ptbFolder, settings.PtbXlRecords, settings.PtbXlWindowsPerRecord);
        log?.Invoke($"{ptb.Source}: train {ptb.Side(true).Length}, held out {ptb.Side(false).Length}");
        var ptbModel = Fit(ptb, SpatialAttentionKind.Guided, settings, ctx.Seed);
        accuracies["PTB-XL NORM/MI (guided)"] = Accuracy(ptbModel, ptb);
        var ptbTest = ptb.Side(false);
        var miTest = ptbTest.Where(i => ptb.Labels[i] == 1).ToArray();
        var miMaps = GradCamMaps(ptbModel, ptb, miTest);
        var miZones = new bool[miTest.Length * ptb.Length];
        for (var i = 0; i < miTest.Length; i++)
        {
            var z = miZones.AsSpan(i * ptb.Length, ptb.Length);
            AddZone(ptb.RPeaks[miTest[i]], ptb.SamplingRate, ptb.Length, -50, 51, z);
            AddZone(ptb.RPeaks[miTest[i]], ptb.SamplingRate, ptb.Length, 100, 301, z);
        }

        var (miOverlap, miChance) = Overlap(miMaps, miZones, ptb.Length, settings.HighAttention);
        var (leadShares, miV4V6, inferior, inferiorCount, heats) = LeadShares(ptbModel, ptb, ptbTest, settings, ctx.Seed);

        // 3. CinC AF: guided vs plain attention in R + 100 … 300 ms, and the AF zone overlap.
        var cincRoot = DataRoot.FindDataset("cinc2017", root, [Path.Combine("validation", "REFERENCE.csv")])
            ?? throw new DirectoryNotFoundException("MsaExplanation: no cinc2017/validation folder (MEDNET_DATA/cinc2017 or ../shared/data/cinc2017).");
        var cinc = ExplainedWindowSets.CinC(Path.Combine(cincRoot, "validation"), settings.CinCRecords, settings.CinCWindowsPerRecord);
        log?.Invoke($"{cinc.Source}: train {cinc.Side(true).Length}, held out {cinc.Side(false).Length}");
        var guided = Fit(cinc, SpatialAttentionKind.Guided, settings, ctx.Seed);
        var plain = Fit(cinc, SpatialAttentionKind.Plain, settings, ctx.Seed);
        accuracies["CinC N/AF (guided)"] = Accuracy(guided, cinc);
        accuracies["CinC N/AF (plain spatial)"] = Accuracy(plain, cinc);
        var afTest = cinc.Side(false).Where(i => cinc.Labels[i] == 1).ToArray();
        var postR = new bool[afTest.Length * cinc.Length];
        var afZones = new bool[afTest.Length * cinc.Length];
        for (var i = 0; i < afTest.Length; i++)
        {
            AddZone(cinc.RPeaks[afTest[i]], cinc.SamplingRate, cinc.Length, 100, 301, postR.AsSpan(i * cinc.Length, cinc.Length));
            var z = afZones.AsSpan(i * cinc.Length, cinc.Length);
            AddZone(cinc.RPeaks[afTest[i]], cinc.SamplingRate, cinc.Length, -200, -50, z);
            AddZone(cinc.RPeaks[afTest[i]], cinc.SamplingRate, cinc.Length, 100, 301, z);
        }

        var guidedMaps = GradCamMaps(guided, cinc, afTest);
        var plainMaps = GradCamMaps(plain, cinc, afTest);
        var (afOverlap, afChance) = Overlap(guidedMaps, afZones, cinc.Length, settings.HighAttention);
        var postRChance = 0.0;
        foreach (var v in postR)
        {
            postRChance += v ? 1 : 0;
        }

        postRChance /= Math.Max(1, postR.Length);
        var result = new MsaExplanationResult(
            ["QRS", "ST-T", "PR", "baseline"], regionShares, regionChance, shapBeats, gap,
            miOverlap, miChance, miTest.Length, afOverlap, afChance, afTest.Length,
            MeanMassShare(guidedMaps, postR, cinc.Length), MeanMassShare(plainMaps, postR, cinc.Length), postRChance,
            MeanMassShare(Gates(guided, cinc, afTest), postR, cinc.Length), MeanMassShare(Gates(plain, cinc, afTest), postR, cinc.Length),
            ptb.LeadNames, leadShares, miV4V6, inferior, inferiorCount, accuracies, notes);

        notes.Add($"Networks: MSA architecture at width {settings.Width} (block {2 * settings.Width}, 2 MHSA heads, BiLSTM {settings.Width}), {settings.Epochs} epoch(s) of Adam 3e-3, minority classes repeated to balance; not the paper's trained network.");
        notes.Add($"SHAP: exact Shapley values of 4 region groups (16 coalitions) × {settings.ShapBackground} training beats as background, logit of the true class, {mit.Source}.");
        notes.Add($"Zones replace the cardiologist annotations: R from {ptb.PeakSource} (PTB-XL), {cinc.PeakSource} (CinC), {mit.PeakSource} (MIT-BIH); high attention = Grad-CAM ≥ {settings.HighAttention.ToString(inv)} × window maximum.");
        notes.Add("Lead importance: GradientSHAP over 8 training windows, |φ| summed per lead; the paper's AF lead analysis needs 12-lead AF recordings, which the CinC data (one lead) cannot give, so the lead shares are of the PTB-XL NORM/MI network.");

        var figure = Figure1(ptbModel, ptb, ptbTest, heats, guided, cinc, afTest, settings, ctx.Seed);
        return new MsaExplanationRun(result, figure, mit, mitModel, ptb, ptbModel, cinc, guided, plain);
    }

    /// <summary>The §3.3 table: each paper value beside the measured one and chance.</summary>
    /// <param name="r">The measurements.</param>
    /// <returns>Rows in the order of §3.3.</returns>
    public static IReadOnlyList<MsaExplanationRow> Rows(MsaExplanationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        static double Paper(string key) => PaperTables.ReportedResults.Get("MSA/S3.3/" + key).Value;
        var rows = new List<MsaExplanationRow>();
        var shap = $"MIT-BIH, exact SHAP, {r.ShapBeats} held-out beats";
        for (var g = 0; g < 4; g++)
        {
            rows.Add(new($"SHAP mass in {r.RegionNames[g]}", Paper($"SHAP {r.RegionNames[g]}/Share"), 100 * r.RegionShares[g], 100 * r.RegionChance[g], shap));
        }

        rows.Add(new("MI: high-attention ∩ diagnostic zones", Paper("Overlap MI/Share"), 100 * r.MiOverlap, 100 * r.MiZoneChance, $"PTB-XL, Grad-CAM, {r.MiWindows} MI windows; zones QRS ∪ ST-T"));
        rows.Add(new("AF: high-attention ∩ diagnostic zones", Paper("Overlap AF/Share"), 100 * r.AfOverlap, 100 * r.AfZoneChance, $"CinC, Grad-CAM (guided), {r.AfWindows} AF windows; zones P ∪ ST-T"));
        rows.Add(new("AF: attention in R + 100…300 ms, guided", Paper("Post-R 100-300 ms/Guided"), 100 * r.AfPostRGuided, 100 * r.AfPostRChance, "CinC, Grad-CAM mass"));
        rows.Add(new("AF: attention in R + 100…300 ms, without guided", Paper("Post-R 100-300 ms/Without guided"), 100 * r.AfPostRPlain, 100 * r.AfPostRChance, "CinC, Grad-CAM mass, plain spatial attention"));
        rows.Add(new("AF: spatial gate in R + 100…300 ms, guided", Paper("Post-R 100-300 ms/Guided"), 100 * r.AfGateGuided, 100 * r.AfPostRChance, "CinC, guided gate s ⊙ u (AttentionCapture)"));
        rows.Add(new("AF: spatial gate in R + 100…300 ms, without guided", Paper("Post-R 100-300 ms/Without guided"), 100 * r.AfGatePlain, 100 * r.AfPostRChance, "CinC, plain spatial gate s"));
        string[] leads = ["II", "aVF", "V1"];
        foreach (var lead in leads)
        {
            var index = r.LeadNames.ToList().IndexOf(lead);
            rows.Add(new($"Lead {lead} share", Paper($"Lead {lead}/Share"), 100 * r.LeadShares[index], 100.0 / 12, "PTB-XL NORM/MI network, GradientSHAP (paper: AF)"));
        }

        rows.Add(new("MI: V4–V6 share", Paper("MI V4-V6/Share"), 100 * r.MiV4V6, 25, "PTB-XL MI windows, GradientSHAP"));
        rows.Add(new("Inferior MI: II + III + aVF share", Paper("Inferior MI II+III+aVF/Share"), 100 * r.InferiorIIIIIaVF, 25, $"PTB-XL, {r.InferiorWindows} inferior-MI windows, GradientSHAP"));
        return rows;
    }

    private static (double[] Shares, double[] Chance, int Beats, double Gap) RegionShares(MsaClassifier model, ExplainedWindows w, MsaExplanationSettings settings, int seed)
    {
        var test = w.Side(false);
        var train = w.Side(true);
        var random = new Random(seed);
        var background = train.OrderBy(_ => random.Next()).Take(settings.ShapBackground).ToArray();
        var bg = w.Inputs(background);

        // Round-robin over classes so the rare classes are explained too.
        var byClass = new List<int>[w.ClassNames.Count];
        for (var c = 0; c < byClass.Length; c++)
        {
            byClass[c] = [];
        }

        foreach (var i in test)
        {
            byClass[w.Labels[i]].Add(i);
        }

        var chosen = new List<int>();
        for (var k = 0; chosen.Count < settings.ShapWindows && chosen.Count < test.Length; k++)
        {
            foreach (var list in byClass)
            {
                if (k < list.Count && chosen.Count < settings.ShapWindows)
                {
                    chosen.Add(list[k]);
                }
            }
        }

        var shares = new double[4];
        var chance = new double[4];
        var gap = 0.0;
        foreach (var i in chosen)
        {
            var groups = FeatureGroups.EcgRegions(w.RPeaks[i], w.SamplingRate, w.Leads, w.Length);
            var r = ShapleyValues.Exact(WindowScore(model, w, i, w.Labels[i]), w.Inputs([i]), bg, groups);
            var s = r.AbsoluteShares();
            for (var g = 0; g < 4; g++)
            {
                shares[g] += s[g];
                var count = 0;
                foreach (var m in groups.Masks[g])
                {
                    count += m ? 1 : 0;
                }

                chance[g] += (double)count / groups.Masks[g].Length;
            }

            gap = Math.Max(gap, Math.Abs(r.CompletenessGap));
        }

        for (var g = 0; g < 4; g++)
        {
            shares[g] /= Math.Max(1, chosen.Count);
            chance[g] /= Math.Max(1, chosen.Count);
        }

        return (shares, chance, chosen.Count, gap);
    }

    private static (double[] Leads, double MiV4V6, double Inferior, int InferiorCount, Dictionary<int, float[]> Heats) LeadShares(
        MsaClassifier model, ExplainedWindows w, int[] test, MsaExplanationSettings settings, int seed)
    {
        var random = new Random(seed);
        var background = w.Inputs(w.Side(true).OrderBy(_ => random.Next()).Take(8).ToArray());
        var c = w.Leads;
        var l = w.Length;
        var leads = new double[c];
        double v4v6 = 0, inferior = 0;
        int mi = 0, inferiorCount = 0;
        var heats = new Dictionary<int, float[]>();
        int iV4 = IndexOf(w, "V4"), iII = IndexOf(w, "II"), iIII = IndexOf(w, "III"), iAvf = IndexOf(w, "aVF");
        foreach (var i in test)
        {
            var r = GradientShap.Attribute(
                WindowScore(model, w, i, w.Labels[i]), w.Inputs([i]), background,
                new GradientShapSettings { Samples = settings.GradientShapSamples, BatchSize = settings.GradientShapSamples, Seed = seed + i, ComputeReference = false });
            var per = new double[c];
            var total = 0.0;
            for (var lead = 0; lead < c; lead++)
            {
                for (var t = 0; t < l; t++)
                {
                    per[lead] += Math.Abs(r.Values[(lead * l) + t]);
                }

                total += per[lead];
            }

            if (total <= 0)
            {
                continue;
            }

            for (var lead = 0; lead < c; lead++)
            {
                leads[lead] += per[lead] / total;
            }

            if (w.Labels[i] == 1)
            {
                mi++;
                v4v6 += (per[iV4] + per[iV4 + 1] + per[iV4 + 2]) / total;
                if ((w.Walls[i] & MiWall.Inferior) != 0)
                {
                    inferiorCount++;
                    inferior += (per[iII] + per[iIII] + per[iAvf]) / total;
                }
            }

            heats[i] = Smoothed(r.Values, c, l, (int)Math.Round(0.02 * w.SamplingRate));
        }

        for (var lead = 0; lead < c; lead++)
        {
            leads[lead] /= Math.Max(1, test.Length);
        }

        return (leads, mi == 0 ? double.NaN : v4v6 / mi, inferiorCount == 0 ? double.NaN : inferior / inferiorCount, inferiorCount, heats);
    }

    private static IReadOnlyList<Figure1Example> Figure1(
        MsaClassifier ptbModel, ExplainedWindows ptb, int[] ptbTest, Dictionary<int, float[]> heats, MsaClassifier afModel, ExplainedWindows cinc, int[] afTest,
        MsaExplanationSettings settings, int seed)
    {
        var examples = new List<Figure1Example>();
        var probabilities = Probabilities(ptbModel, ptb, ptbTest);
        foreach (var (label, title) in new[] { (0, "Normal (PTB-XL NORM)"), (1, "Myocardial infarction (PTB-XL MI)") })
        {
            var best = -1;
            for (var j = 0; j < ptbTest.Length; j++)
            {
                if (ptb.Labels[ptbTest[j]] == label && (best < 0 || probabilities[(j * 2) + label] > probabilities[(best * 2) + label]))
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                var i = ptbTest[best];
                examples.Add(Example(title, ptb, i, heats[i], GradCamMaps(ptbModel, ptb, [i]), probabilities[(best * 2) + label]));
            }
        }

        if (afTest.Length > 0)
        {
            var p = Probabilities(afModel, cinc, afTest);
            var best = 0;
            for (var j = 1; j < afTest.Length; j++)
            {
                best = p[(j * 2) + 1] > p[(best * 2) + 1] ? j : best;
            }

            var i = afTest[best];
            var random = new Random(seed);
            var background = cinc.Inputs(cinc.Side(true).OrderBy(_ => random.Next()).Take(8).ToArray());
            var r = GradientShap.Attribute(
                WindowScore(afModel, cinc, i, 1), cinc.Inputs([i]), background,
                new GradientShapSettings { Samples = settings.GradientShapSamples, BatchSize = settings.GradientShapSamples, Seed = seed, ComputeReference = false });
            examples.Add(Example("Atrial fibrillation (CinC 2017 AF)", cinc, i, Smoothed(r.Values, 1, cinc.Length, (int)Math.Round(0.02 * cinc.SamplingRate)), GradCamMaps(afModel, cinc, [i]), p[(best * 2) + 1]));
        }

        return examples;
    }

    private static Figure1Example Example(string title, ExplainedWindows w, int i, float[] heat, float[] line, double probability)
    {
        var n = w.Leads * w.Length;
        return new Figure1Example(title, w.LeadNames, w.SamplingRate, w.Signals.AsSpan(i * n, n).ToArray(), heat, line, w.RPeaks[i], probability);
    }

    /// <summary>|values| smoothed per lead by a moving average of ± <paramref name="half"/> samples, divided by the maximum over all leads.</summary>
    private static float[] Smoothed(float[] values, int c, int l, int half)
    {
        var result = new float[c * l];
        var max = 0f;
        for (var lead = 0; lead < c; lead++)
        {
            for (var t = 0; t < l; t++)
            {
                var sum = 0f;
                var count = 0;
                for (int u = Math.Max(0, t - half), end = Math.Min(l - 1, t + half); u <= end; u++)
                {
                    sum += Math.Abs(values[(lead * l) + u]);
                    count++;
                }

                var v = sum / count;
                result[(lead * l) + t] = v;
                max = Math.Max(max, v);
            }
        }

        if (max > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(result, 1f / max, result);
        }

        return result;
    }

    private static int IndexOf(ExplainedWindows w, string lead)
    {
        for (var i = 0; i < w.Leads; i++)
        {
            if (w.LeadNames[i] == lead)
            {
                return i;
            }
        }

        throw new ArgumentException($"MsaExplanation: the windows have no lead {lead} (leads: {string.Join(", ", w.LeadNames)}).", nameof(w));
    }

    private static Tensor? PriorsFor(MsaClassifier model, ExplainedWindows windows, IReadOnlyList<int> indices) =>
        model.guided_attention is not null ? windows.Priors(indices) : null;

    private static int[] Balanced(ExplainedWindows windows, int[] train)
    {
        var counts = windows.ClassCounts(train);
        var most = counts.Max();
        var result = new List<int>(train);
        var added = new int[counts.Length];
        foreach (var i in train.Concat(train).Concat(train).Concat(train))
        {
            var c = windows.Labels[i];
            if (counts[c] > 0 && counts[c] + added[c] < Math.Min(most, 4 * counts[c]))
            {
                result.Add(i);
                added[c]++;
            }
        }

        return [.. result];
    }
}
