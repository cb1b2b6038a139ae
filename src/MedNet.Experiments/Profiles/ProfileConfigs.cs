// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Training;

namespace MedNet.Experiments.Profiles;

/// <summary>What each <see cref="RunProfile"/> changes in a model's training: the experiment layer chooses it, the models only define their reference settings.</summary>
public static class ProfileConfigs
{
    /// <summary>DTAAD's training for a profile: <see cref="DtaadTraining.Reference"/> with 1 (smoke), 5 (laptop, the repository's) or 50 (paper, [MEDNET] Table 4) epochs.</summary>
    /// <param name="profile">The profile, e.g. <see cref="RunProfiles.Current"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static TrainingOptions Dtaad(RunProfile profile) => DtaadTraining.Reference with { Epochs = Pick(profile, 1, 5, 50, nameof(Dtaad)) };

    /// <summary>MED-Net's training for a profile: §6.1's MBA settings (<see cref="MedNetTraining.Mba"/>) with 1, 5 or 50 epochs.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static TrainingOptions MedNet(RunProfile profile) => MedNetTraining.Mba with { Epochs = Pick(profile, 1, 5, 50, nameof(MedNet)) };

    /// <summary>The CAE baseline's training for a profile: the reference's Adam and plateau schedule; smoke batch 64 for 1 epoch, laptop batch 64 for 5, paper the reference (batch 8, 50 epochs).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static TrainingOptions Cae(RunProfile profile) => profile == RunProfile.Paper
        ? CaeTraining.Reference
        : CaeTraining.Reference with { BatchSize = 64, Epochs = Pick(profile, 1, 5, 50, nameof(Cae)) };

    /// <summary>The CAE's window length for a profile: 32 (smoke), 64 (laptop; W = 256 took 73 s per MBA epoch), the reference's 2000 (paper).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>W.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    public static int CaeWindowLength(RunProfile profile) => Pick(profile, 32, 64, CaeTraining.WindowLength, nameof(CaeWindowLength));

    private static int Pick(RunProfile profile, int smoke, int laptop, int paper, string what) => profile switch
    {
        RunProfile.Smoke => smoke,
        RunProfile.Laptop => laptop,
        RunProfile.Paper => paper,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile,
            $"ProfileConfigs.{what}: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };
}
