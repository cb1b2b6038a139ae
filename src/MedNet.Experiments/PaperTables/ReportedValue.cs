// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.PaperTables;

/// <summary>One number as a paper reports it, keyed by paper, table, row and column (e.g. <c>MEDNET/T3/MED-Net-MBA-50ep/F1</c>).</summary>
/// <param name="Paper">Paper key: <c>MEDNET</c> ([MEDNET], paper 000) or <c>MSA</c> ([MSA], paper 002).</param>
/// <param name="Table">Table id, e.g. <c>T1</c>.</param>
/// <param name="Row">Row label as in the paper.</param>
/// <param name="Column">Column (metric) label.</param>
/// <param name="Printed">The value exactly as printed (e.g. <c>54,157</c>).</param>
/// <param name="Value">The value as a number (percentages stay in percent, as printed).</param>
/// <param name="Unit">Unit as printed in the column header (<c>%</c>, <c>M</c>, <c>ms</c>, …) or empty.</param>
public sealed record ReportedValue(string Paper, string Table, string Row, string Column, string Printed, double Value, string Unit)
{
    /// <summary>The registry key <c>Paper/Table/Row/Column</c>.</summary>
    public string Key => $"{Paper}/{Table}/{Row}/{Column}";
}
