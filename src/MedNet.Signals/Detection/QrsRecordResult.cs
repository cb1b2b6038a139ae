// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>QRS detection result of one record against its reference beats.</summary>
/// <param name="Record">Record name, e.g. "100".</param>
/// <param name="Lead">Lead used, e.g. "MLII".</param>
/// <param name="Match">Beat-by-beat comparison counts.</param>
public sealed record QrsRecordResult(string Record, string Lead, QrsMatch Match);
