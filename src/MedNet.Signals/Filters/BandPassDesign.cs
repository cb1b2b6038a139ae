// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Filters;

/// <summary>The filter <see cref="EcgBandPass.Design"/> produced, with the band it really has and a note when it differs from the request.</summary>
/// <param name="Filter">The Butterworth sections to apply with <see cref="ZeroPhase.Filter"/>.</param>
/// <param name="LowHz">Lower cut-off in Hz.</param>
/// <param name="HighHz">Upper cut-off in Hz, or <see langword="null"/> when the low-pass was dropped.</param>
/// <param name="Note">Why the band differs from the request (e.g. "low-pass 150 Hz dropped: fs/2 = 50 Hz"), or <see langword="null"/>.</param>
public sealed record BandPassDesign(SecondOrderSections Filter, double LowHz, double? HighHz, string? Note);
