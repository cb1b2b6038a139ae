// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet signals</c>: signal-processing checks on the real datasets, such as <c>qrs-eval</c>.</summary>
public static class SignalsCommand
{
    /// <summary>Creates the command group.</summary>
    /// <returns>The <c>signals</c> command with its sub-commands.</returns>
    public static Command Create()
    {
        var command = new Command("signals", "ECG signal-processing checks on the real datasets.");
        command.Subcommands.Add(CreateQrsEval());
        return command;
    }

    private static Command CreateQrsEval()
    {
        var records = new Option<string[]>("--records")
        {
            Description = "MIT-BIH record names (default: all 48 found in the data root).",
            AllowMultipleArgumentsPerToken = true,
        };
        var dataRoot = new Option<string?>("--data-root")
        {
            Description = "Folder that holds mitdb/ (default: MEDNET_DATA → data/ → ../shared/data).",
        };
        var excludeVf = new Option<bool>("--exclude-vf")
        {
            Description = "Leave ventricular flutter/fibrillation episodes ([ … ]) out of the comparison, as EC57 does (default: whole records).",
        };
        var command = new Command("qrs-eval", "Pan–Tompkins R peaks vs MIT-BIH reference beats (150 ms window): per-record table, then the overall line.")
        {
            records,
            dataRoot,
            excludeVf,
        };
        command.SetAction(parse => RunQrsEval(parse.GetValue(records), parse.GetValue(dataRoot), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(excludeVf)));
        return command;
    }

    /// <summary>Evaluates the detector and prints the table; the last line is <c>overall sensitivity=0.xxxx ppv=0.xxxx records=N</c>.</summary>
    /// <param name="records">Record names, or null/empty for every MIT-BIH record present.</param>
    /// <param name="dataRoot">Folder holding <c>mitdb/</c>, or null to resolve the data root.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="excludeVentricularFlutter">Leave VF/VFL episodes out of the comparison (EC57). Default: false.</param>
    /// <returns>0 on success, 2 when the data cannot be found or read.</returns>
    public static int RunQrsEval(string[]? records, string? dataRoot, TextWriter output, TextWriter error, bool excludeVentricularFlutter = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var folder = dataRoot is null ? DataRoot.FindDataset(MitBih.DatasetName) : Path.Combine(dataRoot, MitBih.DatasetName);
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine($"signals qrs-eval: expected a {MitBih.DatasetName}/ folder under the data root but found none ({folder ?? "MEDNET_DATA, data/, ../shared/data"}). Pass --data-root or run 'mednet data download mitdb'.");
            return 2;
        }

        var names = records is { Length: > 0 } ? records : Array.FindAll(MitBih.Records.ToArray(), r => File.Exists(Path.Combine(folder, r + ".hea")));
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{"record",-7}{"lead",-6}{"ref",7}{"det",7}{"TP",7}{"FN",6}{"FP",6}{"sens",8}{"ppv",8}"));
        var total = new QrsMatch(0, 0, 0, 0, 0);
        foreach (var name in names)
        {
            QrsRecordResult result;
            try
            {
                result = QrsEvaluation.Evaluate(MitBih.Load(folder, name), excludeVentricularFlutter: excludeVentricularFlutter);
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                error.WriteLine($"signals qrs-eval: record {name}: {ex.Message}");
                return 2;
            }

            var m = result.Match;
            total = total.Add(m);
            output.WriteLine(string.Create(inv, $"{result.Record,-7}{result.Lead,-6}{m.Reference,7}{m.Detected,7}{m.TruePositives,7}{m.FalseNegatives,6}{m.FalsePositives,6}{m.Sensitivity,8:0.0000}{m.PositivePredictivity,8:0.0000}"));
        }

        output.WriteLine(string.Create(inv, $"{"total",-13}{total.Reference,7}{total.Detected,7}{total.TruePositives,7}{total.FalseNegatives,6}{total.FalsePositives,6}"));
        output.WriteLine(string.Create(inv, $"overall sensitivity={total.Sensitivity:0.0000} ppv={total.PositivePredictivity:0.0000} records={names.Length}"));
        return 0;
    }
}
