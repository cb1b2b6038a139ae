// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>One labelled CinC 2017 recording.</summary>
/// <param name="Record">Record name, e.g. "A00001".</param>
/// <param name="Label">Rhythm label.</param>
public readonly record struct CinC2017Entry(string Record, CinC2017Label Label);
