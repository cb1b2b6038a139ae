// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Runs;

/// <summary>One paper number beside its two reproductions: the authors' code as the kit runs it and the kit's reading of the paper.</summary>
/// <param name="Table">The paper's table, e.g. <c>Table 3 (MED-Net)</c>.</param>
/// <param name="Metric">The row label, e.g. <c>F1</c> or <c>F1 (raw)</c>.</param>
/// <param name="Paper">The reported value, or null when the paper does not report this figure.</param>
/// <param name="AuthorsCode">Mean ± sd over the seeds of the authors' code reading, or null when not run.</param>
/// <param name="Kit">Mean ± sd over the seeds of the kit's reading, or null when not run.</param>
/// <param name="Digits">Decimals to print (5 for rates, 1 for channel-mean counts).</param>
/// <param name="Note">What the figure is (view, scope, D-MN entries).</param>
public sealed record ReadingsRow(string Table, string Metric, double? Paper, MetricSummary? AuthorsCode, MetricSummary? Kit, int Digits, string Note);
