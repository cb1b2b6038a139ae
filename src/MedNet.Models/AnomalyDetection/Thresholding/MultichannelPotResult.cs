// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>POT evaluation of a multichannel score matrix, each way the two papers' code reports it.</summary>
/// <param name="PerChannel">One result per channel (DTAAD's <c>df</c> rows).</param>
/// <param name="AdjustedAverage">Point-adjusted metrics averaged over channels ([MEDNET] Tables 3–4).</param>
/// <param name="RawAverage">Metrics without point adjustment, averaged over channels.</param>
/// <param name="Combined">POT on the channel-mean score with a point labelled anomalous if any channel is
/// (DTAAD's printed final <c>result</c>).</param>
public sealed record MultichannelPotResult(PotResult[] PerChannel, ChannelAverage AdjustedAverage, ChannelAverage RawAverage, PotResult Combined);
