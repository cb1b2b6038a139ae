// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Profiles;

/// <summary>How much compute a run may use. Notebooks and <c>mednet reproduce</c> read it from one place, <see cref="RunProfiles.Current"/>.</summary>
public enum RunProfile
{
    /// <summary>CI: small data slices and few epochs; every notebook together runs in minutes.</summary>
    Smoke,

    /// <summary>Practical on a laptop CPU: full datasets, reduced epochs; hours at most.</summary>
    Laptop,

    /// <summary>The papers' hyper-parameters and data sizes.</summary>
    Paper,
}
