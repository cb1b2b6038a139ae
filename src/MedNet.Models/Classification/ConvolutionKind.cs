// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>How a multi-scale branch convolves: one standard convolution, or its depthwise-separable factorisation.</summary>
/// <remarks>Source: [MSA] §2.2 A, Table 2 (last row "+ Depthwise Sep. Conv").</remarks>
public enum ConvolutionKind
{
    /// <summary>Conv1d(C_in → C_out, k): C_in·C_out·k weights.</summary>
    Standard,

    /// <summary>Depthwise Conv1d(C_in → C_in, k, groups = C_in) then pointwise Conv1d(C_in → C_out, 1): C_in·k + C_in·C_out weights.</summary>
    DepthwiseSeparable,
}
