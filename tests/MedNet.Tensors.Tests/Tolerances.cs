// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests;

/// <summary>Every tolerance the tests use, with its reason (STYLE.md rule 15).</summary>
internal static class Tolerances
{
    /// <summary>Finite-difference step: the engine is float32, so the step balances truncation (eps²) against rounding (1e-7·|L|/eps).</summary>
    public const float GradCheckEps = 2e-3f;

    /// <summary>Absolute slack of a gradcheck: float32 rounding of L ≈ O(1) divided by 2·eps.</summary>
    public const double GradCheckAtol = 3e-3;

    /// <summary>Relative slack of a gradcheck: truncation error of central differences on curved functions (softmax, GELU).</summary>
    public const double GradCheckRtol = 1e-2;

    /// <summary>PyTorch parity: the 1e-5 relative, with a tiny absolute floor for values near zero.</summary>
    public const double ParityRtol = 1e-5;

    /// <summary>Absolute floor for parity comparisons of near-zero values (float32 summation order differs from MKL/oneDNN).</summary>
    public const double ParityAtol = 1e-5;

    /// <summary>Optimised kernels against their scalar reference: float32 sums in a different order.</summary>
    public const double KernelRtol = 1e-5;
}
