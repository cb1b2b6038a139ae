// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.PaperTables;
using MedNet.Signals.Datasets;
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
    /// <param name="table3">A <c>msa-table3</c> run's metrics, whose ResNet-34-1D and CNN-Transformer rows (MIT-BIH, D-MS-31/32) are
    /// added as measured rows; null for none.</param>
    /// <returns>Columns <c>method</c>, <c>database</c>, <c>accuracy</c>, <c>sensitivity</c>, <c>specificity</c>, <c>parameters_m</c>, <c>source</c>.</returns>
    public static DataFrame Table4(IReadOnlyDictionary<string, double> metrics, string protocol, IReadOnlyDictionary<string, double>? table3 = null)
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

        if (table3 is not null)
        {
            foreach (var (id, label) in new[] { ("resnet34", "ResNet-34-1D (this kit, msa-table3)"), ("cnn_transformer", "CNN-Transformer (this kit, msa-table3)") })
            {
                if (table3.ContainsKey($"{id}.accuracy"))
                {
                    rows.Add((label, "MIT-BIH",
                        [100 * Get(table3, $"{id}.accuracy"), 100 * Get(table3, $"{id}.sensitivity"), 100 * Get(table3, $"{id}.specificity"), Get(table3, $"{id}.paper_width_parameters_m")],
                        $"measured: {protocol}; parameters at the kit's paper-width reading (D-MS-31/32)"));
                }
            }
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

    /// <summary>Samples per class on each side of a record task's split.</summary>
    /// <param name="data">The task data.</param>
    /// <returns>Columns <c>class</c>, <c>train</c>, <c>validation</c>, <c>test</c>, plus a last row "records" counting distinct records.</returns>
    public static DataFrame SplitCounts(MsaRecordData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var k = data.ClassNames.Count;
        var name = new StringDataFrameColumn("class", k + 1);
        var sides = new[] { ("train", data.Train), ("validation", data.Validation), ("test", data.Test) };
        var cols = sides.Select(sd => new Int64DataFrameColumn(sd.Item1, k + 1)).ToArray();
        for (var c = 0; c < k; c++)
        {
            name[c] = data.ClassNames[c];
        }

        name[k] = "records";
        for (var j = 0; j < sides.Length; j++)
        {
            var counts = sides[j].Item2.ClassCounts(k);
            for (var c = 0; c < k; c++)
            {
                cols[j][c] = counts[c];
            }

            cols[j][k] = sides[j].Item2.Records.Distinct(StringComparer.Ordinal).Count();
        }

        return new DataFrame([name, .. cols]);
    }

    /// <summary>The MI statements of PTB-XL with their walls (<see cref="PtbXlMiLocalisation"/>) and how many records carry each.</summary>
    /// <param name="database">The database.</param>
    /// <param name="records">Records to count (e.g. those with waveforms), or null for all.</param>
    /// <returns>Columns <c>code</c>, <c>description</c>, <c>walls</c>, <c>records</c> (records carrying the code), <c>single_wall_records</c>
    /// (of those, records the localisation task keeps, D-MS-51).</returns>
    public static DataFrame MiWalls(PtbXlDatabase database, IReadOnlyList<PtbXlRecord>? records = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var rows = database.Statements.Values.Where(st => st.DiagnosticClass == "MI").OrderBy(st => st.Code, StringComparer.Ordinal).ToList();
        var code = new StringDataFrameColumn("code", rows.Count);
        var description = new StringDataFrameColumn("description", rows.Count);
        var walls = new StringDataFrameColumn("walls", rows.Count);
        var count = new Int64DataFrameColumn("records", rows.Count);
        var kept = new Int64DataFrameColumn("single_wall_records", rows.Count);
        var pool = records ?? database.Records;
        for (var i = 0; i < rows.Count; i++)
        {
            code[i] = rows[i].Code;
            description[i] = rows[i].Description;
            walls[i] = PtbXlMiLocalisation.Walls(rows[i].Code).ToString();
            var with = pool.Where(r => r.ScpCodes.ContainsKey(rows[i].Code)).ToList();
            count[i] = with.Count;
            kept[i] = with.Count(r => MsaPtbXlTasks.Label(r, MsaRecordTask.PtbXlMiLocalisation) is not null);
        }

        return new DataFrame(code, description, walls, count, kept);
    }

    private static double Get(IReadOnlyDictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var v) ? v : double.NaN;
}
