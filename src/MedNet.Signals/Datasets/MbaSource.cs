// SPDX-License-Identifier: MIT

namespace MedNet.Signals.Datasets;

/// <summary>Which files of the MBA benchmark to read; both give the same 7680 × 2 matrix.</summary>
public enum MbaSource
{
    /// <summary><c>train.csv</c>, <c>test.csv</c>, <c>labels.csv</c> (shipped in <c>data/mba</c>).</summary>
    Csv,

    /// <summary>The original <c>train.xlsx</c>, <c>test.xlsx</c>, <c>labels.xlsx</c> of TranAD/DTAAD.</summary>
    Xlsx,
}
