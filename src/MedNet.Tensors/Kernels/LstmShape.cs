// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Sizes of one LSTM layer and where time step t of sample n sits among the rows of the caller's (rows, ·) tensors.</summary>
/// <param name="N">Batch size.</param>
/// <param name="L">Time steps.</param>
/// <param name="H">Hidden size.</param>
/// <param name="D">Directions (1 or 2).</param>
/// <param name="Ts">Row distance between steps t and t + 1 (1 batch-first, N otherwise).</param>
/// <param name="Ns">Row distance between samples n and n + 1 (L batch-first, 1 otherwise).</param>
internal readonly record struct LstmShape(int N, int L, int H, int D, int Ts, int Ns)
{
    /// <summary>Gate columns of all directions, D·4H.</summary>
    internal int G => D * 4 * H;

    /// <summary>Output columns, D·H.</summary>
    internal int DH => D * H;

    /// <summary>Rows, N·L.</summary>
    internal int Rows => N * L;

    /// <summary>Row of step t, sample n.</summary>
    internal long Row(int t, int n) => ((long)t * Ts) + ((long)n * Ns);

    /// <summary>The row mapping of a batch-first (N, L, ·) or sequence-first (L, N, ·) tensor.</summary>
    internal static LstmShape Of(bool batchFirst, int n, int l, int h, int d) => batchFirst ? new(n, l, h, d, 1, l) : new(n, l, h, d, n, 1);
}
