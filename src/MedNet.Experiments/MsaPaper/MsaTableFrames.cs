// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.PaperTables;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.MsaPaper;

/// <summary>[MSA] Tables 1 and 4 as DataFrames from a run's metrics (<see cref="MsaTable1"/>, <see cref="MsaTable4"/>), paper values
/// from <see cref="ReportedResults"/> beside them, and the per-task confusion matrices.</summary>
/// <remarks>Source: [MSA] Tables 1 and 4. Percentages are printed in percent (the run keeps fractions); AUROC stays in [0, 1].</remarks>
public static class MsaTableFrames
{
    private static readonly string[] Columns = ["Accuracy", "Sensitivity", "Specificity", "F1", "AUROC"];

    /// <summary>Class names of a task id.</summary>
    /// <param name="id">Task id (<see cref="MsaTaskExperiment.Tasks"/>), optionally with a <c>.record</c> suffix.</param>
    /// <returns>The names.</returns>
    /// <exception cref="ArgumentException">Unknown task.</exception>
    public static IReadOnlyList<string> ClassNames(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var task = id.EndsWith(".record", StringComparison.Ordinal) ? id[..^".record".Length] : id;
        return MsaTaskExperiment.TaskOf(task) switch
        {
            null => MsaBeatData.ClassNames,
            MsaRecordTask.PtbXlMiDetection => MsaPtbXlTasks.DetectionClasses,
            MsaRecordTask.PtbXlMiLocalisation => MsaPtbXlTasks.LocalisationClasses,
            MsaRecordTask.CinCAfDetection => MsaCinCTasks.AfClasses,
            _ => MsaCinCTasks.RhythmClasses,
        };
    }

    /// <summary>Table 1 in long form: one row per task and metric, paper beside reproduced and its 95 % interval.</summary>
    /// <param name="metrics">A <c>msa-table1</c> run's metrics.</param>
    /// <returns>Columns <c>task</c>, <c>metric</c>, <c>paper</c>, <c>reproduced</c>, <c>ci_low</c>, <c>ci_high</c>, <c>test_records</c> (NaN where the run has no value).</returns>
    public static DataFrame Table1(IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var n = MsaTaskExperiment.Tasks.Count * Columns.Length;
        var task = new StringDataFrameColumn("task", n);
        var metric = new StringDataFrameColumn("metric", n);
        var paper = new DoubleDataFrameColumn("paper", n);
        var ours = new DoubleDataFrameColumn("reproduced", n);
        var low = new DoubleDataFrameColumn("ci_low", n);
        var high = new DoubleDataFrameColumn("ci_high", n);
        var records = new DoubleDataFrameColumn("test_records", n);
        var i = 0;
        foreach (var (id, row) in MsaTaskExperiment.Tasks)
        {
            foreach (var column in Columns)
            {
                var scale = column == "AUROC" ? 1 : 100;
                var key = $"{id}.{column.ToLowerInvariant()}";
                task[i] = row;
                metric[i] = column;
                paper[i] = ReportedResults.Get($"MSA/T1/{row}/{column}").Value;
                ours[i] = Get(metrics, key) * scale;
                low[i] = Get(metrics, key + ".ci_low") * scale;
                high[i] = Get(metrics, key + ".ci_high") * scale;
                records[i] = Get(metrics, $"{id}.test_records");
                i++;
            }
        }

        return new DataFrame(task, metric, paper, ours, low, high, records);
    }

    /// <summary>Table 4: the literature rows as printed, the paper's "Proposed" rows, and this kit's measured rows.</summary>
    /// <param name="metrics">A <c>msa-table4</c> (or <c>msa-table1</c>) run's metrics.</param>
    /// <param name="protocol">What the measured rows were trained on, e.g. the profile's brief.</param>
    /// <returns>Columns <c>method</c>, <c>database</c>, <c>accuracy</c>, <c>sensitivity</c>, <c>specificity</c>, <c>parameters_m</c>, <c>source</c>.</returns>
    public static DataFrame Table4(IReadOnlyDictionary<string, double> metrics, string protocol)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var rows = new List<(string Method, string Database, double[] Values, string Source)>();
        foreach (var row in ReportedResults.Table("MSA", "T4").Select(v => v.Row).Distinct())
        {
            var db = row.Contains("PTB-XL", StringComparison.Ordinal) ? "PTB-XL" : "MIT-BIH";
            var label = row[..row.IndexOf(" " + db, StringComparison.Ordinal)] + " (" + row[^4..] + ")";
            double[] values = [.. new[] { "Accuracy", "Sensitivity", "Specificity", "Parameters" }.Select(c => ReportedResults.Get($"MSA/T4/{row}/{c}").Value)];
            rows.Add((label, db, values, row.StartsWith("Proposed", StringComparison.Ordinal) ? "paper's claim for its model" : "paper's claim about another work (not re-run)"));
        }

        foreach (var (id, db) in new[] { ("mitbih", "MIT-BIH"), ("ptbxl-mi", "PTB-XL") })
        {
            if (!metrics.ContainsKey($"{id}.accuracy"))
            {
                continue;
            }

            var records = Get(metrics, $"{id}.test_records");
            var samples = Get(metrics, $"{id}.test_samples");
            rows.Add(("Proposed (this kit)", db,
                [100 * Get(metrics, $"{id}.accuracy"), 100 * Get(metrics, $"{id}.sensitivity"), 100 * Get(metrics, $"{id}.specificity"), Get(metrics, $"{id}.compressed_parameters_m")],
                string.Create(CultureInfo.InvariantCulture, $"measured: {protocol}; test {samples:F0} samples of {records:F0} records")));
        }

        var method = new StringDataFrameColumn("method", rows.Count);
        var database = new StringDataFrameColumn("database", rows.Count);
        string[] names = ["accuracy", "sensitivity", "specificity", "parameters_m"];
        var cols = names.Select(c => new DoubleDataFrameColumn(c, rows.Count)).ToArray();
        var source = new StringDataFrameColumn("source", rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            method[r] = rows[r].Method;
            database[r] = rows[r].Database;
            for (var c = 0; c < names.Length; c++)
            {
                cols[c][r] = rows[r].Values[c];
            }

            source[r] = rows[r].Source;
        }

        return new DataFrame([method, database, .. cols, source]);
    }

    /// <summary>A task's confusion matrix from a run's metrics (<c>&lt;id&gt;.confusion.&lt;true&gt;.&lt;predicted&gt;</c>).</summary>
    /// <param name="metrics">The run's metrics.</param>
    /// <param name="id">Task id, optionally with <c>.record</c>.</param>
    /// <returns>(K, K) counts, row = true class.</returns>
    /// <exception cref="ArgumentException">A cell is missing.</exception>
    public static long[,] Confusion(IReadOnlyDictionary<string, double> metrics, string id)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var names = ClassNames(id);
        var counts = new long[names.Count, names.Count];
        for (var a = 0; a < names.Count; a++)
        {
            for (var p = 0; p < names.Count; p++)
            {
                var key = $"{id}.confusion.{names[a]}.{names[p]}";
                counts[a, p] = metrics.TryGetValue(key, out var v) ? (long)v : throw new ArgumentException($"MsaTableFrames.Confusion: the metrics hold no '{key}'.", nameof(id));
            }
        }

        return counts;
    }

    private static double Get(IReadOnlyDictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var v) ? v : double.NaN;
}
