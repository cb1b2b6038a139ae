// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Sizes of one 1-D convolution: input (N, Cin, L), weight (Cout, Cin/groups, K), output (N, Cout, Lout).</summary>
/// <param name="N">Batch size.</param>
/// <param name="Cin">Input channels.</param>
/// <param name="L">Input length.</param>
/// <param name="Cout">Output channels.</param>
/// <param name="K">Kernel size.</param>
/// <param name="Stride">Stride, ≥ 1.</param>
/// <param name="PadLeft">Zeros added before the signal.</param>
/// <param name="PadRight">Zeros added after the signal.</param>
/// <param name="Dilation">Spacing between kernel taps, ≥ 1.</param>
/// <param name="Groups">Channel groups; Cin and Cout divisible by it.</param>
internal readonly record struct Conv1dGeometry(int N, int Cin, int L, int Cout, int K, int Stride, int PadLeft, int PadRight, int Dilation, int Groups)
{
    /// <summary>Output length: ⌊(L + pl + pr − d·(K − 1) − 1) / s⌋ + 1.</summary>
    internal int Lout => ((L + PadLeft + PadRight - (Dilation * (K - 1)) - 1) / Stride) + 1;

    /// <summary>Input channels per group.</summary>
    internal int Cg => Cin / Groups;

    /// <summary>Output channels per group.</summary>
    internal int CoutG => Cout / Groups;

    /// <summary>Rows of one group's column matrix: Cg·K.</summary>
    internal int ColRows => Cg * K;
}
