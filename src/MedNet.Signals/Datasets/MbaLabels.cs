// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>Builds the MBA point labels from the beat annotations, as TranAD/DTAAD do.</summary>
/// <remarks>
/// Source: DTAAD <c>preprocess.py</c>, MBA branch (Yu-Lingrui/DTAAD @ 5cd728d; same in imperial-qore/TranAD):
/// for every annotation sample s and every offset i in −20 … 19, rows s + i of all channels are set to 1.
/// Differs from the reference: numpy would wrap a negative row index to the end of the array; here rows outside
/// [0, T) are skipped and counted in <see cref="MbaPointLabels.ClippedRows"/> (none for the shipped file: its samples
/// are 47 … 7605).
/// </remarks>
public static class MbaLabels
{
    /// <summary>First offset of the labelled span around each beat (inclusive). Value: −20.</summary>
    public const int OffsetStart = -20;

    /// <summary>Last offset of the labelled span (exclusive, as Python's <c>range(-20, 20)</c>). Value: 20.</summary>
    public const int OffsetEnd = 20;

    /// <summary>Builds (T, D) 0/1 point labels.</summary>
    /// <param name="annotations">Beat annotations (sample index and symbol).</param>
    /// <param name="rows">Number of time steps T of the test table, ≥ 1.</param>
    /// <param name="columnNames">Channel names; every channel gets the same label.</param>
    /// <param name="rule">Which beats count. Default: <see cref="MbaLabelRule.AllBeatsTranAD"/>.</param>
    /// <returns>The label table and the counts.</returns>
    public static MbaPointLabels Build(
        IReadOnlyList<MbaAnnotation> annotations, int rows, IReadOnlyList<string> columnNames, MbaLabelRule rule = MbaLabelRule.AllBeatsTranAD)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        int d = columnNames.Count;
        var values = new double[rows * d];
        int used = 0, clipped = 0;
        foreach (var a in annotations)
        {
            if (!Counts(a.Symbol, rule))
            {
                continue;
            }

            used++;
            for (int i = OffsetStart; i < OffsetEnd; i++)
            {
                int r = a.Sample + i;
                if ((uint)r >= (uint)rows)
                {
                    clipped++;
                    continue;
                }

                values.AsSpan(r * d, d).Fill(1.0);
            }
        }

        int positive = 0;
        for (int r = 0; r < rows; r++)
        {
            if (values[r * d] != 0)
            {
                positive++;
            }
        }

        return new MbaPointLabels(new TimeSeriesTable(values, rows, columnNames), rule, used, positive, clipped);
    }

    private static bool Counts(string symbol, MbaLabelRule rule) => rule switch
    {
        MbaLabelRule.AllBeatsTranAD => true,
        MbaLabelRule.VentricularAndFusionOnly => symbol is "V" or "F",
        _ => throw new ArgumentOutOfRangeException(
            nameof(rule), rule, $"MbaLabels: expected one of {string.Join(", ", Enum.GetNames<MbaLabelRule>())} but got {rule}."),
    };
}
