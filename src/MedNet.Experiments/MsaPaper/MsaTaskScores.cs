// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>A task's per-sample test scores, kept beside the run record (<c>artifacts/&lt;experiment&gt;/seed&lt;N&gt;.&lt;task&gt;.scores.csv</c>)
/// so that ROC curves can be drawn from a registered run; the run record itself keeps only summary metrics.</summary>
/// <param name="ClassNames">Class names, index = label.</param>
/// <param name="Records">Record of each sample.</param>
/// <param name="Actual">True class of each sample.</param>
/// <param name="Probabilities">(N, K) softmax outputs, row-major.</param>
public sealed record MsaTaskScores(IReadOnlyList<string> ClassNames, string[] Records, int[] Actual, float[] Probabilities)
{
    /// <summary>The file of a task's scores.</summary>
    /// <param name="artifactsDirectory">The artifacts folder.</param>
    /// <param name="experiment">Experiment id, e.g. <c>msa-table1</c>.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="task">Task id, e.g. <c>ptbxl-mi</c>.</param>
    /// <returns>The path.</returns>
    public static string PathOf(string artifactsDirectory, string experiment, int seed, string task) =>
        Path.Combine(artifactsDirectory, experiment, string.Create(CultureInfo.InvariantCulture, $"seed{seed}.{task}.scores.csv"));

    /// <summary>Writes <c>record,actual,&lt;class…&gt;</c> rows.</summary>
    /// <param name="path">Destination (its folder is created).</param>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var k = ClassNames.Count;
        var text = new StringBuilder();
        text.Append("record,actual,").AppendJoin(',', ClassNames).Append('\n');
        for (var i = 0; i < Actual.Length; i++)
        {
            text.Append(Records[i]).Append(',').Append(ClassNames[Actual[i]]);
            for (var c = 0; c < k; c++)
            {
                text.Append(',').Append(Probabilities[(i * k) + c].ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="FormatException">A line does not match the header; the message names the line.</exception>
    public static MsaTaskScores Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].StartsWith("record,actual,", StringComparison.Ordinal))
        {
            throw new FormatException($"{path}:1: MsaTaskScores.Read: expected the header 'record,actual,<classes>'.");
        }

        var names = lines[0].Split(',')[2..];
        var k = names.Length;
        var records = new List<string>();
        var actual = new List<int>();
        var p = new List<float>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split(',');
            var label = Array.IndexOf(names, f.Length > 1 ? f[1] : "");
            if (f.Length != k + 2 || label < 0)
            {
                throw new FormatException($"{path}:{i + 1}: MsaTaskScores.Read: expected record, one of {string.Join(" ", names)} and {k} scores.");
            }

            records.Add(f[0]);
            actual.Add(label);
            for (var c = 0; c < k; c++)
            {
                p.Add(float.TryParse(f[c + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    ? v
                    : throw new FormatException($"{path}:{i + 1}: MsaTaskScores.Read: column {names[c]}: expected a number but got '{f[c + 2]}'."));
            }
        }

        return new MsaTaskScores(names, [.. records], [.. actual], [.. p]);
    }

    /// <summary>One-vs-rest ROC curve of a class, or null when the class or its complement is absent.</summary>
    /// <param name="cls">Class index.</param>
    /// <returns>The curve.</returns>
    public RocCurve? Roc(int cls)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cls);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cls, ClassNames.Count);
        var k = ClassNames.Count;
        var scores = new double[Actual.Length];
        var positive = new bool[Actual.Length];
        for (var i = 0; i < Actual.Length; i++)
        {
            scores[i] = Probabilities[(i * k) + cls];
            positive[i] = Actual[i] == cls;
        }

        return RocCurve.Compute(scores, positive);
    }
}
