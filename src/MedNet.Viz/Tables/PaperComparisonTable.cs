// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using MedNet.Viz.Display;
using MedNet.Viz.Html;

namespace MedNet.Viz.Tables;

/// <summary>A reported table beside its reproduction: paper value, reproduced value, difference and protocol note per metric.</summary>
/// <remarks>
/// The one model of a paper-vs-reproduced table: MedNet.Experiments' reproductions return it
/// (<c>ReproductionExperiment.Compare</c>), <c>mednet reproduce</c> prints it as text and writes it as Markdown
/// (<see cref="ToMarkdown"/>, <c>comparison.md</c>), and notebooks display it as HTML.
/// Difference = reproduced − paper. A difference whose absolute value exceeds <see cref="Tolerance"/> is highlighted (pink
/// background and a "*" marker, so it also shows without colour). A metric without a run shows "not run" and the reason.
/// </remarks>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = new[] { "text/html" })]
public sealed class PaperComparisonTable : IHtmlFragment
{
    /// <summary>Background of a difference beyond tolerance.</summary>
    public const string HighlightColor = "#fde2e2";

    private static readonly string[] Headers = ["Metric", "Paper", "Reproduced", "Difference", "Protocol note"];
    private readonly List<ComparisonRow> _rows = [];

    /// <summary>Creates an empty comparison.</summary>
    /// <param name="caption">What is compared, e.g. "[MEDNET] Table 2 — MED-Net on ECG data".</param>
    /// <param name="tolerance">Largest absolute difference accepted as reproduced, ≥ 0 and finite, e.g. 0.01.</param>
    /// <exception cref="ArgumentException">Tolerance negative or not finite.</exception>
    public PaperComparisonTable(string caption, double tolerance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caption);
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance), tolerance, $"PaperComparisonTable: expected a finite tolerance >= 0 but got {tolerance}.");
        }

        Caption = caption;
        Tolerance = tolerance;
    }

    /// <summary>What is compared.</summary>
    public string Caption { get; }

    /// <summary>Largest absolute difference accepted as reproduced.</summary>
    public double Tolerance { get; }

    /// <summary>Digits after the decimal point for values and differences. Default: 4.</summary>
    public int Digits { get; init; } = 4;

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<ComparisonRow> Rows => _rows;

    /// <summary>Number of rows whose difference exceeds the tolerance.</summary>
    public int ExceedingCount => _rows.Count(r => r.Exceeds(Tolerance));

    /// <summary>Appends a row.</summary>
    /// <param name="row">The row; must be valid (a reproduced value or a reason why not).</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentException">The row is invalid; the message lists every problem.</exception>
    public PaperComparisonTable Add(ComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var problems = row.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("PaperComparisonTable.Add: " + string.Join(" ", problems), nameof(row));
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Appends a metric that was reproduced.</summary>
    /// <param name="metric">Row label.</param>
    /// <param name="paper">The paper's value; null when not reported.</param>
    /// <param name="reproduced">Our value.</param>
    /// <param name="note">Protocol difference for this row, or null.</param>
    /// <returns>This table.</returns>
    public PaperComparisonTable AddRun(string metric, double? paper, double reproduced, string? note = null) =>
        Add(new ComparisonRow(metric, paper, reproduced, note));

    /// <summary>Appends a metric that was not run.</summary>
    /// <param name="metric">Row label.</param>
    /// <param name="paper">The paper's value; null when not reported.</param>
    /// <param name="reason">Why it was not run; required.</param>
    /// <returns>This table.</returns>
    public PaperComparisonTable AddNotRun(string metric, double? paper, string reason) =>
        Add(new ComparisonRow(metric, paper, null, NotRunReason: reason));

    /// <summary>Renders the table as HTML.</summary>
    /// <returns>A <c>&lt;table&gt;</c> element with a caption stating the tolerance.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"mednet-table mednet-comparison\"><caption>")
            .Append(WebUtility.HtmlEncode(CaptionWithTolerance())).Append("</caption><thead><tr>");
        foreach (var h in Headers)
        {
            sb.Append("<th>").Append(h).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            var exceeds = row.Exceeds(Tolerance);
            sb.Append("<tr><td>").Append(WebUtility.HtmlEncode(row.Metric)).Append("</td>")
              .Append(NumberCell(row.Paper, "not reported", false));
            if (row.Reproduced is null)
            {
                sb.Append("<td class=\"mednet-not-run\"><em>not run</em>: ").Append(WebUtility.HtmlEncode(row.NotRunReason!)).Append("</td>")
                  .Append("<td class=\"num\" style=\"text-align:right\">—</td>");
            }
            else
            {
                sb.Append(NumberCell(row.Reproduced, "—", false)).Append(NumberCell(row.Difference, "—", exceeds));
            }

            sb.Append("<td>").Append(WebUtility.HtmlEncode(row.Note ?? string.Empty)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// Renders the table as Markdown (the <c>comparison.md</c> of a reproduction): Metric | Paper | Reproduced | Difference |
    /// Protocol note; "*" marks |difference| &gt; tolerance.
    /// </summary>
    /// <param name="digits">Decimals of values and differences, ≥ 0. Default: 5 (as the papers print).</param>
    /// <returns>A caption line, a blank line and the table, each line ending in a newline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is negative.</exception>
    public string ToMarkdown(int digits = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        var sb = new StringBuilder();
        sb.Append("**").Append(Caption).Append("** (difference = reproduced − paper; * where |difference| > ")
          .Append(Tolerance.ToString("G", CultureInfo.InvariantCulture)).AppendLine(")").AppendLine();
        sb.AppendLine("| Metric | Paper | Reproduced | Difference | Protocol note |");
        sb.AppendLine("|---|---:|---:|---:|---|");
        foreach (var row in _rows)
        {
            var difference = (Format(row.Difference, digits) ?? "—") + (row.Exceeds(Tolerance) ? " *" : string.Empty);
            var reproduced = Format(row.Reproduced, digits) ?? "not run: " + row.NotRunReason;
            sb.Append("| ").Append(MarkdownCell(row.Metric))
              .Append(" | ").Append(Format(row.Paper, digits) ?? "not reported")
              .Append(" | ").Append(MarkdownCell(reproduced))
              .Append(" | ").Append(difference)
              .Append(" | ").Append(MarkdownCell(row.Note ?? string.Empty)).AppendLine(" |");
        }

        return sb.ToString();
    }

    /// <summary>Renders the table as aligned plain text; "*" marks differences beyond tolerance.</summary>
    /// <returns>The text.</returns>
    public string ToPlainText()
    {
        var rows = new List<(string, bool)[]> { Headers.Select(h => (h, false)).ToArray() };
        foreach (var row in _rows)
        {
            rows.Add(
            [
                (row.Metric, false),
                (Format(row.Paper) ?? "not reported", true),
                (row.Reproduced is null ? "not run: " + row.NotRunReason : Format(row.Reproduced)!, row.Reproduced is not null),
                ((Format(row.Difference) ?? "—") + (row.Exceeds(Tolerance) ? " *" : string.Empty), true),
                (row.Note ?? string.Empty, false),
            ]);
        }

        return PlainTextLayout.Render(CaptionWithTolerance(), rows, ExceedingCount > 0 ? "* |difference| > tolerance" : null);
    }

    /// <inheritdoc/>
    public override string ToString() => ToPlainText();

    private string CaptionWithTolerance() =>
        $"{Caption} (difference = reproduced − paper; highlighted where |difference| > {Tolerance.ToString("G", CultureInfo.InvariantCulture)})";

    private string? Format(double? value) => Format(value, Digits);

    private static string? Format(double? value, int digits) => value is { } v
        ? (double.IsNaN(v) ? "NaN" : v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
        : null;

    private static string MarkdownCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private string NumberCell(double? value, string missing, bool highlight)
    {
        var text = Format(value);
        var style = highlight ? $"text-align:right;background:{HighlightColor};font-weight:600" : "text-align:right";
        var cls = highlight ? "num mednet-exceeds" : "num";
        var body = text is null ? $"<em>{missing}</em>" : WebUtility.HtmlEncode(text) + (highlight ? " *" : string.Empty);
        return $"<td class=\"{cls}\" style=\"{style}\">{body}</td>";
    }
}
