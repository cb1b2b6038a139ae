// SPDX-License-Identifier: MIT
namespace MedNet.Models.Reproduction;

/// <summary>One training epoch as the papers' training graphs plot it (cf. [MEDNET] Figs 2–5).</summary>
/// <param name="Epoch">Epoch number, from 1.</param>
/// <param name="Loss">Mean training loss over the epoch's batches.</param>
/// <param name="LearningRate">Learning rate used during the epoch.</param>
/// <param name="Seconds">Wall time of the epoch in seconds.</param>
public sealed record EpochLog(int Epoch, double Loss, double LearningRate, double Seconds);
