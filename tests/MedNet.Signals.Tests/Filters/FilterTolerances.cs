// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tests.Filters;

/// <summary>Named tolerances for the filter tests, each with its reason.</summary>
internal static class FilterTolerances
{
    /// <summary>Analytic response of a float64 design: only rounding error, far below 1e-9.</summary>
    public const double Analytic = 1e-9;

    /// <summary>Amplitude measured on a float32 sinusoid over whole periods: float32 rounding plus edge leakage, about 1e-3.</summary>
    public const double MeasuredAmplitude = 5e-3;

    /// <summary>Decibels measured on a float32 sinusoid: 5e-3 relative amplitude is about 0.05 dB.</summary>
    public const double MeasuredDecibels = 0.1;
}
