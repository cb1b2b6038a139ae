// SPDX-License-Identifier: MIT
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Explainability;

/// <summary>The explainability results as data frames for the notebook.</summary>
public static class ExplanationFrames
{
    /// <summary>The [MSA] §3.3 table: paper vs reproduced vs chance, in %.</summary>
    /// <param name="rows">From <see cref="MsaExplanation.Rows"/>.</param>
    /// <returns>Columns quantity, paper_pct, reproduced_pct, chance_pct, basis.</returns>
    public static DataFrame Section33(IReadOnlyList<MsaExplanationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var q = new StringDataFrameColumn("quantity", rows.Count);
        var paper = new DoubleDataFrameColumn("paper_pct", rows.Count);
        var ours = new DoubleDataFrameColumn("reproduced_pct", rows.Count);
        var chance = new DoubleDataFrameColumn("chance_pct", rows.Count);
        var basis = new StringDataFrameColumn("basis", rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            q[i] = rows[i].Quantity;
            paper[i] = rows[i].PaperPercent;
            ours[i] = Math.Round(rows[i].ReproducedPercent, 1);
            chance[i] = Math.Round(rows[i].ChancePercent, 1);
            basis[i] = rows[i].Basis;
        }

        return new DataFrame(q, paper, ours, chance, basis);
    }

    /// <summary>Sanity-check rows.</summary>
    /// <param name="rows">From <see cref="SanityChecks"/>.</param>
    /// <returns>Columns check, method, value, meaning.</returns>
    public static DataFrame Sanity(IReadOnlyList<SanityCheckResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var check = new StringDataFrameColumn("check", rows.Count);
        var method = new StringDataFrameColumn("method", rows.Count);
        var value = new DoubleDataFrameColumn("value", rows.Count);
        var meaning = new StringDataFrameColumn("meaning", rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            check[i] = rows[i].Check;
            method[i] = rows[i].Method;
            value[i] = Math.Round(rows[i].Value, 4);
            meaning[i] = rows[i].Meaning;
        }

        return new DataFrame(check, method, value, meaning);
    }

    /// <summary>What drives the anomaly scores, one row per model.</summary>
    /// <param name="results">From <see cref="AnomalyExplanation.Run"/>.</param>
    /// <returns>Columns model, epochs, ig_last_step_pct, ig per channel (%), score and Grad-CAM mass near V/F beats vs chance (%), score near any beat vs chance (%).</returns>
    public static DataFrame Anomaly(IReadOnlyList<AnomalyExplanationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var n = results.Count;
        var model = new StringDataFrameColumn("model", n);
        var epochs = new Int32DataFrameColumn("epochs", n);
        var last = new DoubleDataFrameColumn("ig_last_step_pct", n);
        var columns = new List<DataFrameColumn> { model, epochs, last };
        var channels = n == 0 ? 0 : results[0].ChannelNames.Count;
        var perChannel = new DoubleDataFrameColumn[channels];
        for (var c = 0; c < channels; c++)
        {
            perChannel[c] = new DoubleDataFrameColumn($"ig_{results[0].ChannelNames[c]}_pct", n);
            columns.Add(perChannel[c]);
        }

        var score = new DoubleDataFrameColumn("score_near_VF_pct", n);
        var cam = new DoubleDataFrameColumn("gradcam_near_VF_pct", n);
        var chance = new DoubleDataFrameColumn("chance_near_VF_pct", n);
        var any = new DoubleDataFrameColumn("score_near_any_beat_pct", n);
        var anyChance = new DoubleDataFrameColumn("chance_near_any_beat_pct", n);
        columns.AddRange([score, cam, chance, any, anyChance]);
        for (var i = 0; i < n; i++)
        {
            var r = results[i];
            model[i] = r.Model;
            epochs[i] = r.Epochs;
            last[i] = Math.Round(100 * r.LagShares[^1], 1);
            for (var c = 0; c < channels; c++)
            {
                perChannel[c][i] = Math.Round(100 * r.ChannelShares[c], 1);
            }

            score[i] = Math.Round(100 * r.ScoreShareNearAnomalousBeats, 1);
            cam[i] = Math.Round(100 * r.GradCamShareNearAnomalousBeats, 1);
            chance[i] = Math.Round(100 * r.ChanceNearAnomalousBeats, 1);
            any[i] = Math.Round(100 * r.ScoreShareNearAnyBeat, 1);
            anyChance[i] = Math.Round(100 * r.ChanceNearAnyBeat, 1);
        }

        return new DataFrame(columns);
    }

    /// <summary>Where the anomaly scores fall on the ECG substitutes, one row per model, substitute, zone and scope.</summary>
    /// <param name="results">From <see cref="SubstituteExplanation.Explain"/>.</param>
    /// <returns>Columns substitute, model, epochs, zone, scope, score_pct, gradcam_pct, chance_pct, score_lift (score share / chance), samples.</returns>
    public static DataFrame SubstituteZones(IReadOnlyList<SubstituteExplanationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var n = 0;
        foreach (var r in results)
        {
            n += r.Zones.Count;
        }

        var substitute = new StringDataFrameColumn("substitute", n);
        var model = new StringDataFrameColumn("model", n);
        var epochs = new Int32DataFrameColumn("epochs", n);
        var zone = new StringDataFrameColumn("zone", n);
        var scope = new StringDataFrameColumn("scope", n);
        var score = new DoubleDataFrameColumn("score_pct", n);
        var cam = new DoubleDataFrameColumn("gradcam_pct", n);
        var chance = new DoubleDataFrameColumn("chance_pct", n);
        var lift = new DoubleDataFrameColumn("score_lift", n);
        var samples = new Int64DataFrameColumn("samples", n);
        var row = 0;
        foreach (var r in results)
        {
            foreach (var z in r.Zones)
            {
                substitute[row] = r.Substitute;
                model[row] = r.Model;
                epochs[row] = r.Epochs;
                zone[row] = z.Zone;
                scope[row] = z.Scope;
                score[row] = Math.Round(100 * z.ScoreShare, 1);
                cam[row] = Math.Round(100 * z.GradCamShare, 1);
                chance[row] = Math.Round(100 * z.Chance, 1);
                lift[row] = Math.Round(z.ScoreLift, 2);
                samples[row] = z.Samples;
                row++;
            }
        }

        return new DataFrame(substitute, model, epochs, zone, scope, score, cam, chance, lift, samples);
    }
}
