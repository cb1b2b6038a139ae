// SPDX-License-Identifier: MIT
using MedNet.Models.Training;

namespace MedNet.Experiments.Runs;

/// <summary>One model as an experiment composed it, by concern: architecture, optimisation, loss, data window and normalisation. Written to every run record.</summary>
/// <param name="Model">Short model name, e.g. <c>mednet</c>.</param>
/// <param name="Architecture">The architecture record (e.g. <c>DtaadConfig</c>, <c>MedNetConfig</c>, <c>CaeConfig</c>), serialised as it is.</param>
/// <param name="Training">Optimiser, schedule, batches and epochs.</param>
/// <param name="Loss">The loss settings (e.g. <c>DualForecastLoss</c>), or null for a plain MSE.</param>
/// <param name="WindowLength">Window length W the data was cut into.</param>
/// <param name="Normalisation">How the series was normalised, e.g. <c>DtaadMinMax</c>.</param>
/// <param name="TrainingRows">Order of the training rows before windowing: <c>Ordered</c>, or <c>Shuffled</c> as MED-Net's MBA loader (D-MN-23). Default: Ordered.</param>
public sealed record ModelSetup(string Model, object Architecture, TrainingOptions Training, object? Loss, int WindowLength, string Normalisation, string TrainingRows = "Ordered");
