// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Models.Training;

/// <summary>One training epoch as the papers' training graphs plot it (cf. [MEDNET] Figs 2–5).</summary>
/// <param name="Epoch">Epoch number, from 1.</param>
/// <param name="Loss">Mean training loss over the epoch's batches.</param>
/// <param name="LearningRate">Learning rate used during the epoch.</param>
/// <param name="Seconds">Wall time of the epoch in seconds.</param>
/// <param name="Model">Which model the epoch trained (e.g. <c>dtaad</c>) when a run trains several, as <c>mednet-timing</c>
/// does; null (and left out of the JSON) for a single-model run. Default: null.</param>
public sealed record EpochLog(
    int Epoch, double Loss, double LearningRate, double Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model = null);
