// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Beats;

/// <summary>The five AAMI EC57 heartbeat classes used to group MIT-BIH beat symbols.</summary>
/// <remarks>Source: ANSI/AAMI EC57:2012, Table 3; de Chazal et al., IEEE TBME 51(7), 2004, Table I; [MSA] §2.1.</remarks>
public enum AamiClass
{
    /// <summary>N: normal and bundle-branch-block beats, atrial and nodal escape beats (N, L, R, e, j).</summary>
    N,

    /// <summary>S: supraventricular ectopic beats (A, a, J, S).</summary>
    S,

    /// <summary>V: ventricular ectopic beats (V, E).</summary>
    V,

    /// <summary>F: fusion of ventricular and normal beats (F).</summary>
    F,

    /// <summary>Q: paced, fusion of paced and normal, and unclassifiable beats (/, f, Q).</summary>
    Q,
}
