// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Explainability;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.Explainability;

/// <summary>
/// [MEDNET] / [DTAAD] on the ECG substitutes (D-MN-14): where in each test recording the window scores fall, and whether
/// they fall on the beats the labels are about — the substitute counterpart of <see cref="AnomalyExplanation"/> on MBA.
/// </summary>
/// <remarks>
/// Both models score non-overlapping windows of W = 10 samples (78 ms at the MIT-BIH substitute's 128 Hz, 33 ms at CinC's
/// 300 Hz); a window's score is the
/// mean over channels of (x2 − x_W)², and it is given to each of the W samples the window covers; each window's Grad-CAM map
/// (first convolutional layer) is placed on the same samples. Zones, per recording, from <see cref="LabelledRecording.Beats"/>:
/// <list type="bullet">
/// <item>MIT-BIH (reference annotations): samples within ± 50 ms of a non-normal beat (not AAMI N, the label rule of
/// <see cref="MitBihBeatSubstitute"/>), of a normal beat, and of any beat;</item>
/// <item>CinC 2017 (R peaks from Pan–Tompkins, no beat annotations exist): samples within ± 50 ms of an R peak, and the
/// RR-irregular region — the samples from R_i to R_{i+1} when |RR_i − RR_{i−1}| &gt; 50 ms (the NN50 criterion of heart-rate
/// variability; the first interval of a recording has no predecessor and is never irregular).</item>
/// </list>
/// Each zone's share of the score (and of Grad-CAM mass) is compared with the share of samples in it (chance), once over all
/// explained recordings and once over the anomalous recordings only: the second reading asks whether, inside a recording
/// labelled anomalous, the score sits on the marked beats rather than merely being higher everywhere. The first scope also
/// reports the anomalous recordings themselves as a zone (recording-level separation).
/// </remarks>
public static class SubstituteExplanation
{
    /// <summary>Half-width of the "near a beat" zones: 50 ms.</summary>
    public const double NearSeconds = 0.05;

    /// <summary>|RR_i − RR_{i−1}| above which an RR interval is irregular: 50 ms (NN50).</summary>
    public const double IrregularSeconds = 0.05;

    /// <summary>Scope over every explained recording.</summary>
    public const string AllScope = "all explained recordings";

    /// <summary>Scope over the anomalous (label 1) recordings only.</summary>
    public const string AnomalousScope = "anomalous recordings only";

    /// <summary>The two models as the substitutes' Tables 1–2 train them (DTAAD's reference options, MED-Net's §6.1 ECG options,
    /// W = 10), for as many epochs as the MBA analysis of notebook 09 uses: DTAAD max(5, profile's), MED-Net the profile's (1 / 5 / 50).</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>DTAAD, then MED-Net.</returns>
    public static IReadOnlyList<ForecastRecipe> Recipes(RunProfile profile) =>
    [
        ForecastRecipe.Dtaad(DtaadTraining.Reference with { Epochs = Math.Max(5, ProfileConfigs.Dtaad(profile).Epochs) }),
        ForecastRecipe.MedNet(MedNetConfig.Reference, MedNetTraining.Ecg with { Epochs = ProfileConfigs.MedNet(profile).Epochs }),
    ];

    /// <summary>Test recordings explained per substitute: 12 (smoke), 48 (laptop), every one (paper).</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The cap for <see cref="PickRecordings"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static int RecordingCap(RunProfile profile) => profile switch
    {
        RunProfile.Smoke => 12,
        RunProfile.Laptop => 48,
        RunProfile.Paper => int.MaxValue,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"SubstituteExplanation: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };

    /// <summary>Seeds, builds and trains the recipe's model on the substitute's training windows.</summary>
    /// <param name="recipe">E.g. the Table 1 / Table 2 recipe.</param>
    /// <param name="data">The substitute, windowed with the recipe's W.</param>
    /// <param name="seed">Seed of initialisation and dropout.</param>
    /// <returns>The model in eval mode.</returns>
    /// <exception cref="ArgumentException">The data's windows are not W = recipe.WindowLength long.</exception>
    public static Module<Tensor, (Tensor X1, Tensor X2)> Train(ForecastRecipe recipe, EcgSubstituteData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Train.Windows.Length != recipe.WindowLength)
        {
            throw new ArgumentException(
                $"SubstituteExplanation.Train: expected windows of {recipe.WindowLength} samples ({recipe.Label}) but the data holds {data.Train.Windows.Length}. Load it with WindowSpec.NonOverlapping({recipe.WindowLength}).",
                nameof(data));
        }

        var train = data.TrainTensor();
        torch.manual_seed(seed);
        var model = recipe.Build(train);
        DualForecastTrainer.Train(model, train, recipe.Training, recipe.Loss);
        model.eval();
        return model;
    }

    /// <summary>Up to <paramref name="max"/> test recordings, anomalous and normal alternating in list order while both last.</summary>
    /// <param name="recordings">The test recordings.</param>
    /// <param name="max">At most this many, ≥ 1.</param>
    /// <returns>Indices into <paramref name="recordings"/>, ascending.</returns>
    public static int[] PickRecordings(IReadOnlyList<LabelledRecording> recordings, int max)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var byLabel = new[] { new List<int>(), new List<int>() };
        for (var i = 0; i < recordings.Count; i++)
        {
            byLabel[recordings[i].Label].Add(i);
        }

        var picked = new List<int>();
        for (var k = 0; picked.Count < max && (k < byLabel[0].Count || k < byLabel[1].Count); k++)
        {
            if (k < byLabel[1].Count)
            {
                picked.Add(byLabel[1][k]);
            }

            if (picked.Count < max && k < byLabel[0].Count)
            {
                picked.Add(byLabel[0][k]);
            }
        }

        picked.Sort();
        return [.. picked];
    }

    /// <summary>Measures a trained model on some test recordings of the substitute.</summary>
    /// <param name="label">Model name.</param>
    /// <param name="epochs">Epochs it was trained for.</param>
    /// <param name="model">DTAAD or MED-Net in eval mode, trained on <paramref name="data"/>'s windows.</param>
    /// <param name="data">The substitute (recordings with <see cref="LabelledRecording.Beats"/>, test windows).</param>
    /// <param name="recordings">Indices of the test recordings to explain (e.g. from <see cref="PickRecordings"/>), distinct, at least one.</param>
    /// <param name="seed">Seed of the IG window sample.</param>
    /// <param name="igWindows">Windows explained by Integrated Gradients, ≥ 1: half touching the zone the labels are about (a non-normal
    /// beat for MIT-BIH, the RR-irregular region for CinC 2017), half drawn at random from the explained recordings.</param>
    /// <returns>The measurements.</returns>
    /// <exception cref="ArgumentException">No recordings, an index out of range or repeated, or a recording without beats (the recording is named).</exception>
    public static SubstituteExplanationResult Explain(
        string label, int epochs, Module<Tensor, (Tensor X1, Tensor X2)> model, EcgSubstituteData data, IReadOnlyList<int> recordings, int seed, int igWindows = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentOutOfRangeException.ThrowIfLessThan(igWindows, 1);
        var test = data.Set.Test;
        CheckRecordings(recordings, test);
        var windows = data.Test;
        var w = windows.Windows.Length;
        var fs = data.Set.SampleRateHz;
        var annotated = data.Substitute == EcgSubstitute.MitBih;

        // Windows are recording-major: the windows of recording r are one contiguous run.
        var first = new int[test.Count];
        var count = new int[test.Count];
        Array.Fill(first, -1);
        for (var n = 0; n < windows.Count; n++)
        {
            var r = windows.RecordingIndex[n];
            if (first[r] < 0)
            {
                first[r] = n;
            }

            count[r]++;
        }

        var all = data.TestTensor();
        var scoreFn = ExplanationTargets.ForecastError(model);
        var layer = GradCam.ConvLayerNames(model)[0];
        var cam = new GradCam(model, layer);
        var picked = new LabelledRecording[recordings.Count];
        var scores = new double[recordings.Count][];
        var mass = new double[recordings.Count][];
        var covered = new bool[recordings.Count][];
        const int batch = 1024;
        for (var i = 0; i < recordings.Count; i++)
        {
            var r = recordings[i];
            picked[i] = test[r];
            scores[i] = new double[test[r].Length];
            mass[i] = new double[test[r].Length];
            covered[i] = new bool[test[r].Length];
            for (var start = 0; start < count[r]; start += batch)
            {
                var n = Math.Min(batch, count[r] - start);
                var result = cam.Compute(all.narrow(0, first[r] + start, n), scoreFn);
                for (var j = 0; j < n; j++)
                {
                    var offset = windows.WindowOffset[first[r] + start + j];
                    var map = result.MapOf(j);
                    for (var k = 0; k < w; k++)
                    {
                        scores[i][offset + k] = result.Scores[j];
                        mass[i][offset + k] = map[k];
                        covered[i][offset + k] = true;
                    }
                }
            }
        }

        var zones = annotated
            ? new (string Name, Func<LabelledRecording, bool[]> Mask)[]
            {
                ("± 50 ms of a non-normal beat (not AAMI N)", rec => NearBeats(rec, fs, b => MitBihBeatSubstitute.IsNonNormalSymbol(b.Symbol))),
                ("± 50 ms of a normal beat (AAMI N)", rec => NearBeats(rec, fs, b => !MitBihBeatSubstitute.IsNonNormalSymbol(b.Symbol))),
                ("± 50 ms of any annotated beat", rec => NearBeats(rec, fs, _ => true)),
            }
            : [
                ("± 50 ms of an R peak (Pan–Tompkins)", rec => NearBeats(rec, fs, _ => true)),
                ("RR-irregular (|ΔRR| > 50 ms)", rec => IrregularRr(rec, fs)),
            ];
        var masks = new bool[zones.Length][][];
        for (var z = 0; z < zones.Length; z++)
        {
            masks[z] = new bool[picked.Length][];
            for (var i = 0; i < picked.Length; i++)
            {
                masks[z][i] = zones[z].Mask(picked[i]);
            }
        }

        var shares = new List<AttributionZoneShare>();
        foreach (var anomalousOnly in (ReadOnlySpan<bool>)[false, true])
        {
            for (var z = 0; z < zones.Length; z++)
            {
                shares.Add(Share(zones[z].Name, anomalousOnly, picked, scores, mass, covered, masks[z]));
            }
        }

        var wholeRecordings = new bool[picked.Length][];
        for (var i = 0; i < picked.Length; i++)
        {
            wholeRecordings[i] = new bool[picked[i].Length];
            Array.Fill(wholeRecordings[i], picked[i].Label == 1);
        }

        shares.Add(Share("anomalous recordings (label 1)", false, picked, scores, mass, covered, wholeRecordings));

        var (lag, gap, explained) = IgLags(scoreFn, all, windows, first, recordings, masks[annotated ? 0 : 1], w, seed, igWindows);
        return new SubstituteExplanationResult(
            label, epochs, data.Set.Name, fs, annotated ? "MIT-BIH reference beat annotations (.atr)" : "Pan–Tompkins (1985) R peaks (CinC 2017 has no beat annotations)",
            layer, lag, explained, gap, picked, scores, mass, shares);
    }

    /// <summary>Samples within ± <see cref="NearSeconds"/> of the recording's beats that pass a filter.</summary>
    /// <param name="recording">Recording with beats.</param>
    /// <param name="samplingRate">fs in Hz.</param>
    /// <param name="keep">Which beats count.</param>
    /// <returns>One flag per sample.</returns>
    public static bool[] NearBeats(LabelledRecording recording, double samplingRate, Func<BeatMark, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(keep);
        var beats = BeatsOf(recording, "SubstituteExplanation.NearBeats");
        var near = (int)Math.Round(NearSeconds * samplingRate);
        var mask = new bool[recording.Length];
        foreach (var b in beats)
        {
            if (keep(b))
            {
                mask.AsSpan(Math.Max(0, b.Sample - near), Math.Min(mask.Length - 1, b.Sample + near) - Math.Max(0, b.Sample - near) + 1).Fill(true);
            }
        }

        return mask;
    }

    /// <summary>The RR-irregular samples: [R_i, R_{i+1}) when |RR_i − RR_{i−1}| &gt; <see cref="IrregularSeconds"/>.</summary>
    /// <param name="recording">Recording with beats (R peaks).</param>
    /// <param name="samplingRate">fs in Hz.</param>
    /// <returns>One flag per sample.</returns>
    public static bool[] IrregularRr(LabelledRecording recording, double samplingRate)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var beats = BeatsOf(recording, "SubstituteExplanation.IrregularRr");
        var limit = IrregularSeconds * samplingRate;
        var mask = new bool[recording.Length];
        for (var i = 1; i + 1 < beats.Length; i++)
        {
            int previous = beats[i].Sample - beats[i - 1].Sample, current = beats[i + 1].Sample - beats[i].Sample;
            if (Math.Abs(current - previous) > limit)
            {
                mask.AsSpan(beats[i].Sample, current).Fill(true);
            }
        }

        return mask;
    }

    private static BeatMark[] BeatsOf(LabelledRecording recording, string op) =>
        recording.Beats ?? throw new ArgumentException(
            $"{op}: expected a recording with beat positions but '{recording.Id}' has none. Build the set with MitBihBeatSubstitute or CinC2017AfSubstitute, which attach them.",
            nameof(recording));

    private static void CheckRecordings(IReadOnlyList<int> recordings, IReadOnlyList<LabelledRecording> test)
    {
        if (recordings.Count == 0)
        {
            throw new ArgumentException("SubstituteExplanation.Explain: expected at least one test recording index but got none.", nameof(recordings));
        }

        var seen = new HashSet<int>();
        foreach (var r in recordings)
        {
            if (r < 0 || r >= test.Count)
            {
                throw new ArgumentException($"SubstituteExplanation.Explain: expected test recording indices in [0, {test.Count}) but got {r}.", nameof(recordings));
            }

            if (!seen.Add(r))
            {
                throw new ArgumentException($"SubstituteExplanation.Explain: expected distinct test recording indices but {r} ('{test[r].Id}') is repeated.", nameof(recordings));
            }

            _ = BeatsOf(test[r], "SubstituteExplanation.Explain");
        }
    }

    private static AttributionZoneShare Share(
        string zone, bool anomalousOnly, LabelledRecording[] recordings, double[][] scores, double[][] mass, bool[][] covered, bool[][] mask)
    {
        double scoreIn = 0, scoreAll = 0, massIn = 0, massAll = 0;
        long inside = 0, samples = 0;
        for (var i = 0; i < recordings.Length; i++)
        {
            if (anomalousOnly && recordings[i].Label != 1)
            {
                continue;
            }

            for (var t = 0; t < scores[i].Length; t++)
            {
                if (!covered[i][t])
                {
                    continue;
                }

                var s = Math.Abs(scores[i][t]);
                var m = Math.Abs(mass[i][t]);
                samples++;
                scoreAll += s;
                massAll += m;
                if (mask[i][t])
                {
                    inside++;
                    scoreIn += s;
                    massIn += m;
                }
            }
        }

        return new AttributionZoneShare(
            zone, anomalousOnly ? AnomalousScope : AllScope, scoreAll > 0 ? scoreIn / scoreAll : double.NaN, massAll > 0 ? massIn / massAll : double.NaN,
            samples > 0 ? (double)inside / samples : double.NaN, samples);
    }

    private static (double[] Lag, double Gap, int Explained) IgLags(
        Func<Tensor, Tensor> scoreFn, Tensor all, RecordingWindows windows, int[] first, IReadOnlyList<int> recordings, bool[][] zone, int w, int seed, int igWindows)
    {
        // Candidate windows: those of the explained recordings; "in the zone" when any of their samples is.
        var inZone = new List<int>();
        var any = new List<int>();
        for (var i = 0; i < recordings.Count; i++)
        {
            var r = recordings[i];
            for (var n = first[r]; n < windows.Count && windows.RecordingIndex[n] == r; n++)
            {
                any.Add(n);
                var offset = windows.WindowOffset[n];
                if (Array.IndexOf(zone[i], true, offset, w) >= 0)
                {
                    inZone.Add(n);
                }
            }
        }

        var random = new Random(seed);
        var picks = new List<int>();
        var zoneOrder = inZone.ToArray();
        random.Shuffle(zoneOrder);
        for (var i = 0; i < zoneOrder.Length && picks.Count < igWindows / 2; i++)
        {
            picks.Add(zoneOrder[i]);
        }

        while (picks.Count < igWindows)
        {
            picks.Add(any[random.Next(any.Count)]);
        }

        var lag = new double[w];
        var gap = 0.0;
        var used = 0;
        foreach (var p in picks)
        {
            var ig = IntegratedGradients.Attribute(scoreFn, all.narrow(0, p, 1), settings: new IntegratedGradientsSettings { Steps = 32, BatchSize = 32 });
            var total = 0.0;
            foreach (var v in ig.Values)
            {
                total += Math.Abs(v);
            }

            if (total <= 0)
            {
                continue;
            }

            used++;
            var c = ig.Values.Length / w;
            for (var ch = 0; ch < c; ch++)
            {
                for (var k = 0; k < w; k++)
                {
                    lag[k] += Math.Abs(ig.Values[(ch * w) + k]) / total;
                }
            }

            var delta = Math.Abs(ig.Output - ig.Reference);
            if (delta > 1e-6)
            {
                gap = Math.Max(gap, Math.Abs(ig.CompletenessGap) / delta);
            }
        }

        for (var k = 0; k < w; k++)
        {
            lag[k] = used > 0 ? lag[k] / used : double.NaN;
        }

        return (lag, gap, used);
    }
}
