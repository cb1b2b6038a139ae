// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Sweeps;

/// <summary>Where a task stands, read from its result file (never from the scheduler's accounting).</summary>
public enum SweepTaskState
{
    /// <summary>No result file yet.</summary>
    Missing,

    /// <summary>A result file says the run succeeded.</summary>
    Done,

    /// <summary>A result file says the run failed.</summary>
    Failed,

    /// <summary>A result file that cannot be merged: truncated, not JSON, of another task, configuration or commit.</summary>
    Invalid,
}
