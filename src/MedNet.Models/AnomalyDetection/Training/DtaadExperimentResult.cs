// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Training;

namespace MedNet.Models.AnomalyDetection.Training;

/// <summary>What one <see cref="DtaadExperiment.Run"/> produced.</summary>
/// <param name="Model">The trained model (eval mode after scoring).</param>
/// <param name="Logs">One entry per epoch: loss, learning rate, seconds.</param>
/// <param name="Pot">POT thresholds and metrics per channel, averaged, and on the channel-mean score.</param>
public sealed record DtaadExperimentResult(DtaadModel Model, IReadOnlyList<EpochLog> Logs, MultichannelPotResult Pot);
