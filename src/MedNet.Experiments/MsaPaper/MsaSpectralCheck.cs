// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>The §3.2 spectral check on one record: the share of the raw signal's band power each preprocessing keeps.</summary>
/// <param name="Record">Record name.</param>
/// <param name="LowHz">Band start (50 Hz).</param>
/// <param name="HighHz">Band end as measured (150 Hz; at 360 Hz it is 0.83 × the 180 Hz Nyquist frequency).</param>
/// <param name="RawPower">Welch band power of the raw lead, mV².</param>
/// <param name="PreservingShare">Band power after the high-frequency-preserving preprocessing / raw band power (paper: 0.92).</param>
/// <param name="ConventionalShare">Band power after the conventional 0.5–40 Hz preprocessing / raw band power (paper: 0.67).</param>
public sealed record MsaSpectralCheck(string Record, double LowHz, double HighHz, double RawPower, double PreservingShare, double ConventionalShare);
