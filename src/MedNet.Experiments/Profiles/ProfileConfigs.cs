// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;

namespace MedNet.Experiments.Profiles;

/// <summary>The model settings each <see cref="RunProfile"/> runs: the experiment layer chooses them, the models only define them.</summary>
public static class ProfileConfigs
{
    /// <summary>DTAAD for a profile: smoke 1 epoch, laptop the repository's 5, paper the 50 of [MEDNET] Table 4.</summary>
    /// <param name="profile">The profile, e.g. <see cref="RunProfiles.Current"/>.</param>
    /// <returns><see cref="DtaadConfig.Smoke"/>, <see cref="DtaadConfig.Laptop"/> or <see cref="DtaadConfig.Paper"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static DtaadConfig Dtaad(RunProfile profile) => Pick(profile, DtaadConfig.Smoke, DtaadConfig.Laptop, DtaadConfig.Paper, nameof(Dtaad));

    /// <summary>MED-Net for a profile: the §6.1 MBA settings with 1, 5 or 50 epochs.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns><see cref="MedNetConfig.Smoke"/>, <see cref="MedNetConfig.Laptop"/> or <see cref="MedNetConfig.Paper"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static MedNetConfig MedNet(RunProfile profile) => Pick(profile, MedNetConfig.Smoke, MedNetConfig.Laptop, MedNetConfig.Paper, nameof(MedNet));

    /// <summary>The CAE baseline for a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns><see cref="CaeConfig.Smoke"/>, <see cref="CaeConfig.Laptop"/> or <see cref="CaeConfig.Paper"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static CaeConfig Cae(RunProfile profile) => Pick(profile, CaeConfig.Smoke, CaeConfig.Laptop, CaeConfig.Paper, nameof(Cae));

    private static T Pick<T>(RunProfile profile, T smoke, T laptop, T paper, string model) => profile switch
    {
        RunProfile.Smoke => smoke,
        RunProfile.Laptop => laptop,
        RunProfile.Paper => paper,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile,
            $"ProfileConfigs.{model}: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };
}
