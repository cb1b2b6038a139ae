// SPDX-License-Identifier: MIT
using MedNet.Signals.Balancing;
using MedNet.Signals.Splits;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary>Builds a fold's training set (SMOTE-Tomek, then augmentation, on the training side only) and the model tensors.</summary>
/// <remarks>
/// Source: [MSA] §2.1 B ("SMOTE-Tomek is applied only to training folds after the inter-patient split; no synthetic or
/// cleaned samples are used in validation/test"). The training rows are copied out of the data by
/// <see cref="SubjectFold.Training"/>, which validates the fold against the data and refuses a row of a held-out subject,
/// so neither resampling nor augmentation can see a test sample. SMOTE interpolates whole (3, L) samples, priors included. Differs: D-MS-08, D-MS-10.
/// </remarks>
public static class MsaTrainingSet
{
    /// <summary>The fold's samples.</summary>
    /// <param name="data">The beats.</param>
    /// <param name="fold">A fold of <see cref="MsaSplits.Folds"/>.</param>
    /// <param name="balance">SMOTE-Tomek settings (its seed is replaced by <paramref name="seed"/>), or null for none.</param>
    /// <param name="augmentation">Augmentation of the training rows.</param>
    /// <param name="seed">Seed of resampling and augmentation.</param>
    /// <returns>Training and test samples.</returns>
    public static MsaFoldData Build(MsaBeatData data, SubjectFold fold, SmoteTomekOptions? balance, MsaAugmentation augmentation, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(augmentation);
        var training = fold.Training(data);
        BalancedSet? set = null;
        var train = training.CopySamples();
        if (balance is not null)
        {
            set = SmoteTomek.Resample(training, balance with { Seed = seed });
            train = set.Samples;
        }

        var augmented = augmentation.Apply(train.Features, data.WindowLength, data.SamplingRate, seed + 7919);
        return new MsaFoldData(fold.Fold, train, data.Samples(fold.TestIndices), set, augmented, fold.TestSubjects);
    }

    /// <summary>Model inputs from sample rows: (N, 1, L) the lead, or (N, 3, L) the lead and its priors (guided attention).</summary>
    /// <param name="samples">Rows of 3·L values.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="priors">Keep the prior channels.</param>
    /// <returns>The input tensor.</returns>
    public static Tensor Inputs(LabelledSamples samples, int windowLength, bool priors)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.FeatureCount != MsaBeatData.SampleChannels * windowLength)
        {
            throw new ArgumentException($"MsaTrainingSet.Inputs: expected rows of 3 × {windowLength} values but got {samples.FeatureCount}.", nameof(samples));
        }

        if (priors)
        {
            return torch.tensor((float[])samples.Features.Clone(), [samples.Count, MsaBeatData.SampleChannels, windowLength]);
        }

        var x = new float[samples.Count * windowLength];
        for (var i = 0; i < samples.Count; i++)
        {
            samples.Row(i)[..windowLength].CopyTo(x.AsSpan(i * windowLength, windowLength));
        }

        return torch.tensor(x, [samples.Count, 1, windowLength]);
    }

    /// <summary>Class-index targets as float32 (the engine's convention for cross-entropy).</summary>
    /// <param name="samples">The samples.</param>
    /// <returns>(N).</returns>
    public static Tensor Targets(LabelledSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var y = new float[samples.Count];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = samples.Labels[i];
        }

        return torch.tensor(y, [y.Length]);
    }
}
