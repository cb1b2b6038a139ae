// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>Myocardial wall(s) an MI statement localises to (a flags set: "anterolateral" is Anterior | Lateral).</summary>
/// <remarks>Source: see <see cref="PtbXlMiLocalisation"/> for the SCP code → wall table.</remarks>
[Flags]
public enum MiWall
{
    /// <summary>No MI localisation.</summary>
    None = 0,

    /// <summary>Anterior wall (including anteroseptal).</summary>
    Anterior = 1,

    /// <summary>Inferior wall.</summary>
    Inferior = 2,

    /// <summary>Lateral wall.</summary>
    Lateral = 4,

    /// <summary>Posterior wall.</summary>
    Posterior = 8,
}
