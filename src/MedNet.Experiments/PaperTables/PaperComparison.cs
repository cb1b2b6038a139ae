// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;

namespace MedNet.Experiments.PaperTables;

/// <summary>
/// The paper-vs-reproduced rows of an experiment, renderable as Markdown for consoles and files. Notebooks show it as
/// MedNet.Viz's <c>PaperComparisonTable</c> (same caption, tolerance and row fields).
/// </summary>
/// <param name="caption">What is compared, e.g. "[MEDNET] Table 3: MED-Net on MBA — paper profile, seeds 0–4".</param>
/// <param name="tolerance">Largest |difference| counted as reproduced, ≥ 0.</param>
public sealed class PaperComparison(string caption, double tolerance)
{
    private readonly List<PaperComparisonRow> _rows = [];

    /// <summary>What is compared.</summary>
    public string Caption { get; } = caption;

    /// <summary>Largest |reproduced − paper| counted as reproduced; rows beyond it are marked "*".</summary>
    public double Tolerance { get; } = tolerance;

    /// <summary>The rows in table order.</summary>
    public IReadOnlyList<PaperComparisonRow> Rows => _rows;

    /// <summary>Appends a row.</summary>
    /// <param name="row">The row: a reproduced value or a not-run reason, not both.</param>
    /// <returns>This comparison.</returns>
    /// <exception cref="ArgumentException">The row has neither or both.</exception>
    public PaperComparison Add(PaperComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if ((row.Reproduced is null) == string.IsNullOrWhiteSpace(row.NotRunReason))
        {
            throw new ArgumentException(
                $"PaperComparison.Add: expected row '{row.Metric}' to have either a reproduced value or a not-run reason but it has " +
                (row.Reproduced is null ? "neither." : "both."), nameof(row));
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Renders a Markdown table: Metric | Paper | Reproduced | Difference | Protocol note; "*" marks |difference| &gt; tolerance.</summary>
    /// <param name="digits">Decimals of values and differences. Default: 5 (as the papers print).</param>
    /// <returns>A caption line, a blank line and the table.</returns>
    public string ToMarkdown(int digits = 5)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(Caption).Append("** (difference = reproduced − paper; * where |difference| > ")
          .Append(Tolerance.ToString("G", CultureInfo.InvariantCulture)).AppendLine(")").AppendLine();
        sb.AppendLine("| Metric | Paper | Reproduced | Difference | Protocol note |");
        sb.AppendLine("|---|---:|---:|---:|---|");
        foreach (var r in _rows)
        {
            var diff = r.Difference is { } d ? Number(d, digits) + (!(Math.Abs(d) <= Tolerance) ? " *" : string.Empty) : "—";
            var reproduced = r.Reproduced is { } v ? Number(v, digits) : "not run: " + r.NotRunReason;
            sb.Append("| ").Append(Cell(r.Metric)).Append(" | ").Append(r.Paper is { } p ? Number(p, digits) : "not reported")
              .Append(" | ").Append(Cell(reproduced)).Append(" | ").Append(diff).Append(" | ").Append(Cell(r.Note ?? string.Empty)).AppendLine(" |");
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToMarkdown();

    private static string Number(double v, int digits) =>
        double.IsNaN(v) ? "NaN" : v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
